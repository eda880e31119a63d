import * as pulumi from "@pulumi/pulumi";
import type { Finding } from "../core/findings";
import { EMPTY_MODEL, UNKNOWN, type ConnectionModel, type Maybe } from "../core/model";
import { authorizationSingleUse } from "../core/rules";
import { authorizationOfKey } from "../core/secret-digest";
import { validateTopology } from "../core/validate";
import { programState } from "./program-state";
import { throwIfInvalid } from "./validation-error";
import { verifyWhenKnown } from "./verify-when-known";

/** An authorization key a component redeems: who redeems it, and the argument it came from. */
export interface Redemption {
  /** The component name (and pair, for a mesh) that redeems the key. */
  readonly name: string;
  /** The argument as the user wrote it, e.g. `authorizationKey` or `circuits[2].authorizationKey`. */
  readonly path: string;
  readonly key: pulumi.Input<string> | undefined;
}

const outputIds = new WeakMap<object, string>();
let outputCount = 0;

/** The authorization a key redeems: a digest of a plain key; for a key only known later, the Output itself. */
function identityOf(key: pulumi.Input<string> | undefined): Maybe<string> {
  if (key === undefined) return undefined;
  if (typeof key === "string") return authorizationOfKey(key);
  if (!outputIds.has(key)) outputIds.set(key, `output:${outputCount++}`);
  return outputIds.get(key);
}

function findings(done: readonly ConnectionModel[], now: readonly ConnectionModel[]): Finding[] {
  const model = { ...EMPTY_MODEL, connections: [...done, ...now] };
  const mine = new Set(now.map((x) => x.origin.resource));
  return validateTopology(model, { rules: [authorizationSingleUse] }).filter(
    (f) => mine.has(f.resource) && !f.unverifiable,
  );
}

function entry(owner: string, r: Redemption, authorization: Maybe<string>): ConnectionModel {
  return {
    key: r.name,
    origin: { resource: owner, fields: { authorizationKey: r.path } },
    connectionType: "ExpressRoute",
    gatewayKey: UNKNOWN,
    circuitKey: UNKNOWN,
    routingWeight: undefined,
    fastPath: undefined,
    privateLinkFastPath: undefined,
    authorization,
  };
}

/**
 * Checks that each authorization key is redeemed once in this program: keys known now are checked against
 * those already redeemed (findings to refuse with), and recorded once the component accepts its arguments
 * (call `record`). Keys known only at deploy time are checked when they resolve, failing the resources that
 * use them with the same rule; use the returned inputs in place of the keys.
 */
export function authorizationRedemptions(
  owner: string,
  redemptions: readonly Redemption[],
): { findings: Finding[]; record: (component: string) => (pulumi.Input<string> | undefined)[] } {
  const done = programState("redeemed-authorizations", () => [] as ConnectionModel[]);
  const now = redemptions.filter((r) => r.key !== undefined).map((r) => entry(owner, r, identityOf(r.key)));
  return {
    findings: findings(done, now),
    record: (component) => {
      done.push(...now);
      return redemptions.map((r) => {
        if (r.key === undefined || typeof r.key === "string") return r.key;
        return verifyWhenKnown(r.key, resolvedKeyCheck(component, owner, r));
      });
    },
  };
}

/**
 * The check a key known only at deploy time gets once it resolves: the same rule, against the keys already
 * redeemed in this program (known ones, and earlier resolved ones). Throws the component's refusal.
 */
export function resolvedKeyCheck(
  component: string,
  owner: string,
  r: Redemption,
): (resolved: string) => void {
  return (resolved) => {
    const done = programState("redeemed-authorizations", () => [] as ConnectionModel[]);
    const resolvedDone = programState("resolved-authorizations", () => [] as ConnectionModel[]);
    const known = done.filter(
      (x) => typeof x.authorization === "string" && x.authorization.startsWith("key:"),
    );
    const now = entry(owner, r, authorizationOfKey(resolved));
    throwIfInvalid(component, owner, findings([...known, ...resolvedDone], [now]));
    resolvedDone.push(now);
  };
}
