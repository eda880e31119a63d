import * as authorization from "@pulumi/azure-native/authorization";
import type * as pulumi from "@pulumi/pulumi";
import type { Finding } from "../core/findings";
import { managementLockInput } from "../core/rules/component-input";
import { bool, obj, oneOf, optional, str, type Shape } from "./argument-shape";

/**
 * A management lock on a circuit or Direct port, on by default. Pulumi's `protect` guards the resource against
 * this stack only; a `CanNotDelete` lock also guards it against the portal, the CLI and other stacks.
 */
export interface LockArgs {
  /**
   * Lock the resource. Turning the lock off needs a `reason`.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Why the resource is not locked (at least 10 characters), when `enabled` is false; reviewed like code.
   * @default none (required when enabled is false)
   */
  readonly reason?: string;
  /**
   * `CanNotDelete` (changes allowed, deletion refused) or `ReadOnly` (no change at all, which also blocks
   * this stack's own updates).
   * @default "CanNotDelete"
   */
  readonly level?: "CanNotDelete" | "ReadOnly";
}

/** The JavaScript shape of the `lock` argument. */
export const LOCK: Shape = obj({
  enabled: optional(bool()),
  reason: optional(str()),
  level: optional(oneOf(["CanNotDelete", "ReadOnly"])),
});

/** What is wrong with a well-typed lock argument: turning the lock off without a reason. */
export function lockFindings(resource: string, lock: LockArgs | undefined, path = "lock"): Finding[] {
  if (lock?.enabled !== false || (lock.reason?.trim().length ?? 0) >= 10) return [];
  return [
    {
      ruleId: managementLockInput.id,
      severity: "mandatory",
      resource,
      path: `${path}.reason`,
      value: lock.reason === undefined ? "(not set)" : JSON.stringify(lock.reason),
      allowed: "a reason of at least 10 characters",
      fix: 'Say why this resource goes unlocked, e.g. { enabled: false, reason: "Lab circuit, recreated daily" }.',
      message:
        "A circuit or port without a lock can be deleted from the portal or another tool; turning the lock off needs a written reason.",
    },
  ];
}

/** The lock on a resource (none when the lock is turned off). */
export function managementLock(
  name: string,
  scope: pulumi.Input<string>,
  lock: LockArgs | undefined,
  opts: pulumi.CustomResourceOptions,
): authorization.ManagementLockByScope | undefined {
  if (lock?.enabled === false) return undefined;
  return new authorization.ManagementLockByScope(
    `${name}-lock`,
    {
      scope,
      lockName: `${name}-lock`,
      level: lock?.level ?? "CanNotDelete",
      notes:
        "Managed by pulumi-expressroute: deleting this resource is an outage (a circuit is re-ordered from the provider).",
    },
    opts,
  );
}
