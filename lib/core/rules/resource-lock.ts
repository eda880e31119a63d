import { SOURCES } from "../facts/sources";
import { UNKNOWN, isUnknown } from "../model";
import { guardedResources, pointsAt } from "./operations-each";
import { type Rule } from "./rule";

export const resourceLock: Rule = {
  id: "resource-lock",
  severity: "advisory",
  description:
    "When a stack locks resources, every circuit and Direct port in it is locked too (on itself, its resource group or the subscription).",
  why: "A deleted circuit is re-ordered from the provider with a new service key, and a deleted port loses its cross-connects; a stack that locks some resources but not these leaves the costliest ones open to the portal and other tools.",
  source: SOURCES.resourceLocks,
  check(model, report) {
    const ops = model.operations;
    if (!ops || ops.locks.length === 0) return;
    if (ops.locks.some((l) => l.subscription)) return;
    for (const r of guardedResources(model)) {
      const group = ops.resourceGroups?.[r.key];
      let locked: boolean | typeof UNKNOWN = false;
      for (const lock of ops.locks) {
        const on =
          lock.scope !== undefined
            ? pointsAt([lock.scope], r.key)
            : isUnknown(lock.resourceGroupName) || isUnknown(group)
              ? UNKNOWN
              : typeof group === "string" &&
                typeof lock.resourceGroupName === "string" &&
                group.toLowerCase() === lock.resourceGroupName.toLowerCase();
        if (on === true) locked = true;
        else if (on === UNKNOWN && locked === false) locked = UNKNOWN;
      }
      if (locked === true) continue;
      if (isUnknown(locked)) {
        report.cannotVerify(r, "lock", "a lock's scope is only known at deploy time");
        continue;
      }
      const what = r.kind === "circuit" ? "circuit" : "Direct port";
      report.fail(r, "lock", {
        message: `The stack locks other resources, but not this ${what}: it can be deleted from the portal or another tool.`,
        value: "no lock",
        allowed: "a CanNotDelete or ReadOnly lock on it, its resource group or the subscription",
        fix: `Use a component of this library (it locks ${what}s by default), or add an azure-native authorization.ManagementLockByScope with level "CanNotDelete" and the ${what}'s id as scope.`,
      });
    }
  },
};
