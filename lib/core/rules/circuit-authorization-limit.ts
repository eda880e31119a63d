import { AUTHORIZATION_LIMIT, vnetLinkLimit, type SkuTier } from "../facts/circuit";
import { isUnknown } from "../model";
import { bandwidthMbpsOf, declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const circuitAuthorizationLimit: Rule = {
  id: "circuit-authorization-limit",
  severity: "mandatory",
  description:
    "A circuit has no more authorizations than connections it accepts: 10 on Local and Standard, 20 to 100 on Premium by bandwidth.",
  why: "Each authorization is redeemed by one connection from another subscription; Azure caps a circuit's authorizations (10, raised by Premium), and one that no connection can redeem is a key handed out for nothing.",
  source: AUTHORIZATION_LIMIT.source,
  check(model, report) {
    for (const c of declaredCircuits(model)) {
      const count = c.authorizations;
      if (count === undefined || count === 0) continue;
      if (isUnknown(count)) {
        report.cannotVerify(c, "authorizations", "its authorizations are only known at deploy time");
        continue;
      }
      const tier = c.sku.tier;
      const bw = bandwidthMbpsOf(c);
      if (isUnknown(tier) || typeof tier !== "string" || bw === undefined) continue;
      const limit = vnetLinkLimit(tier as SkuTier, bw);
      if (count <= limit) continue;
      report.fail(c, "authorizations", {
        message: `The circuit has ${count} authorizations, more than the ${limit} connections a ${tier} ${bw} Mbps circuit accepts; each authorization is redeemed by one connection.`,
        value: `${count} authorizations`,
        allowed: `at most ${limit}`,
        fix:
          tier === "Premium"
            ? "Create authorizations only for the connections you will make, or use a faster circuit or a second circuit."
            : "Create authorizations only for the connections you will make, or upgrade to Premium for more.",
      });
    }
  },
};
