import { displayKey } from "../findings";
import { AUTHORIZATION } from "../facts/circuit";
import { isUnknown, type Entity, type Maybe } from "../model";
import { type Rule } from "./rule";

export const authorizationSingleUse: Rule = {
  id: "authorization-single-use",
  severity: "mandatory",
  description:
    "Each circuit authorization is redeemed by one connection only (a VNet link or a Global Reach connection).",
  why: "An authorization is valid for only one connection: the second connection that redeems it fails, so each connection needs its own authorization.",
  source: AUTHORIZATION.source,
  check(model, report) {
    const redeeming: [Entity, Maybe<string>][] = [
      ...(model.connections ?? []).map((x): [Entity, Maybe<string>] => [x, x.authorization]),
      ...(model.globalReach ?? []).map((g): [Entity, Maybe<string>] => [g, g.authorization]),
    ];
    const used = redeeming.filter(([, a]) => a !== undefined);
    if (used.length < 2) return;
    const first = new Map<string, Entity>();
    for (const [entity, auth] of used) {
      if (isUnknown(auth)) {
        report.cannotVerify(
          entity,
          "authorizationKey",
          "its authorization key is only known at deploy time, so it cannot be compared with the other connections'",
        );
        continue;
      }
      const earlier = first.get(auth as string);
      if (!earlier) {
        first.set(auth as string, entity);
        continue;
      }
      report.fail(entity, "authorizationKey", {
        message: `This connection redeems the same authorization as ${displayKey(earlier.key)}; an authorization is valid for one connection only.`,
        shown: "an authorization key already redeemed by another connection",
        allowed: "one authorization (and key) per connection",
        fix: "Create one more authorization on the circuit and give this connection its key.",
      });
    }
  },
};
