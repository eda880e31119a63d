import type { Finding } from "../core/findings";
import { armName, instance, shapeFindings, type Shape } from "./argument-shape";
import { throwIfInvalid } from "./validation-error";

/** What a naming convention is asked to name. */
export interface NameRequest {
  /** The kind of Azure resource. */
  readonly kind: "circuit" | "port" | "gateway" | "publicIp" | "connection" | "virtualHub" | "virtualWan";
  /** The component's (Pulumi) name. */
  readonly name: string;
  /** The resource's Azure region or peering location, when known while the program runs. */
  readonly location?: string;
  /** The name the component gives when no convention is set (`${name}-pip` for a gateway's public IP). */
  readonly defaultName: string;
}

/**
 * An organisation's naming convention: the Azure name of each resource a component creates, unless the
 * argument for that name (`circuitName`, `gatewayName`, ...) is given. The org templates set it once. Example:
 * `({ kind, name, location }) => \`${{ circuit: "erc", port: "erd", gateway: "ergw" }[kind] ?? kind}-${name}-${location}\``.
 */
export type NamingConvention = (request: NameRequest) => string;

/** The JavaScript shape of the `naming` argument. */
export const NAMING: Shape = instance(
  "a function from a NameRequest to an Azure name",
  (v) => typeof v === "function",
);

/** Why the name a convention gave cannot be used. */
function conventionFindings(
  component: string,
  request: NameRequest,
  naming: NamingConvention,
): [string, Finding[]] {
  const path = `naming({ kind: "${request.kind}" })`;
  let result: unknown;
  try {
    result = naming(request);
  } catch (e) {
    return [
      request.defaultName,
      [
        {
          ruleId: "argument-type",
          severity: "mandatory",
          resource: request.name,
          path,
          value: `threw ${e instanceof Error ? e.message : String(e)}`,
          allowed: "a function that returns an Azure name",
          fix: `Make the naming convention return a name for every kind, including "${request.kind}".`,
          message: `The naming convention failed for the ${component}'s ${request.kind}.`,
        },
      ],
    ];
  }
  return [
    typeof result === "string" ? result : request.defaultName,
    shapeFindings(result, armName(), path, request.name),
  ];
}

/**
 * The Azure name of a resource a component creates: the name argument when given (`explicit`), else the
 * naming convention's, else the default. A convention's name that Azure would refuse is refused here.
 */
export function conventionalName<T>(
  component: string,
  request: NameRequest,
  explicit: T | undefined,
  naming: NamingConvention | undefined,
): T | string {
  if (explicit !== undefined) return explicit;
  if (naming === undefined) return request.defaultName;
  const [result, findings] = conventionFindings(component, request, naming);
  throwIfInvalid(component, request.name, findings);
  return result;
}
