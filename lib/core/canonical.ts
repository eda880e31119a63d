import { isUnknown, type Maybe } from "./model";

/**
 * The canonical spelling of an enum-like value among `allowed`, compared without regard to case, as Azure
 * Resource Manager compares SKU names, tiers, families, gateway SKUs and the other enum values it accepts
 * (`ErGw1Az` deploys as `ErGw1AZ`). A value that matches none of them, and an unset or unknown one, is
 * returned as it is, so the rules still see (and report) what the user wrote.
 */
export function canonical<T extends string>(value: Maybe<string>, allowed: readonly T[]): Maybe<string> {
  if (typeof value !== "string" || isUnknown(value)) return value;
  const lower = value.toLowerCase();
  return allowed.find((a) => a.toLowerCase() === lower) ?? value;
}

/** True when `value` is one of `allowed` exactly (after {@link canonical}, the canonical spelling). */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === "string" && (allowed as readonly string[]).includes(value);
}
