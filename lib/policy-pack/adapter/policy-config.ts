import { globToRegExp } from "../../core/glob";
import type { PolicyConfigSchema } from "@pulumi/policy";

/** An exemption: this policy does not apply to these resources, for a written reason. */
export interface Exemption {
  /** A URN, or a glob over logical names (`er-lab-*`). */
  readonly resource: string;
  /** Why the exemption is acceptable (at least 10 characters; reviewed like code). */
  readonly reason: string;
}

/** The configuration every ExpressRoute policy takes. */
export interface RulePolicyConfig {
  /** Resources exempted from this policy, each with its reason. @default [] */
  readonly exemptions?: readonly Exemption[];
  /** The VLAN ids peerings may use (peering-vlan-valid only). @default { min: 1, max: 4094 } */
  readonly vlanRange?: { readonly min: number; readonly max: number };
}

const EXEMPTIONS = {
  type: "array",
  description: "Resources this policy does not apply to. Each entry needs a written reason.",
  default: [],
  items: {
    type: "object",
    additionalProperties: false,
    required: ["resource", "reason"],
    properties: {
      resource: {
        type: "string",
        minLength: 1,
        description: "A URN, or a glob over logical names (e.g. er-lab-*).",
      },
      reason: {
        type: "string",
        minLength: 10,
        pattern: "\\S.{8,}\\S",
        description: "Why this exemption is acceptable (at least 10 characters of words, not spaces).",
      },
      allResources: {
        type: "boolean",
        description: 'Required (true) for an exemption of every resource ("*"): an explicit opt-in.',
      },
    },
    // A bare "*" exempts every resource: it needs an explicit opt-in.
    allOf: [
      {
        if: { properties: { resource: { pattern: "^[*]+$" } }, required: ["resource"] },
        then: { required: ["allResources"], properties: { allResources: { const: true } } },
      },
    ],
  },
};

const VLAN_RANGE_SCHEMA = {
  type: "object",
  description: "The VLAN ids peerings may use (ExpressRoute documents no range; 802.1Q allows 1..4094).",
  default: { min: 1, max: 4094 },
  required: ["min", "max"],
  additionalProperties: false,
  properties: {
    min: { type: "integer", minimum: 1, maximum: 4094 },
    max: { type: "integer", minimum: 1, maximum: 4094 },
  },
};

/** Which optional parameters a policy takes besides its exemptions. */
export interface PolicyParameters {
  /**
   * The rule reads the peering-location catalog (extended once, by the location-catalog policy's config).
   * @default false
   */
  readonly usesCatalog?: boolean;
  /**
   * The rule checks VLAN ids: the policy takes `vlanRange`.
   * @default false
   */
  readonly usesVlanRange?: boolean;
}

/** The JSON schema of a policy's config; the engine validates config against it. */
export function configSchema(parameters: PolicyParameters): PolicyConfigSchema {
  return {
    properties: {
      exemptions: EXEMPTIONS,
      ...(parameters.usesVlanRange ? { vlanRange: VLAN_RANGE_SCHEMA } : {}),
    },
  } as PolicyConfigSchema;
}

/** The logical name in a URN (its last `::` segment). */
export function nameOfUrn(urn: string): string {
  return urn.split("::").pop() ?? urn;
}

/** The exemption that covers a resource, if any: a URN matches exactly or by glob, a name by glob. */
export function exemptionFor(config: RulePolicyConfig, urn: string): Exemption | undefined {
  return (config.exemptions ?? []).find((e) =>
    e.resource.startsWith("urn:")
      ? globToRegExp(e.resource).test(urn)
      : globToRegExp(e.resource).test(nameOfUrn(urn)),
  );
}
