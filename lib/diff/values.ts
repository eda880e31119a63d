import { printable } from "../plan/secrets";
import { isExportedSecret } from "./stack-export";

/** How a secret prints (never its value). */
export const SECRET = "[secret]";
/** How a value only known at deploy time prints. */
export const UNKNOWN_VALUE = "[unknown]";

/** Inputs of the state as plain data: a secret becomes {@link SECRET}. */
export function plainState(value: unknown): unknown {
  if (isExportedSecret(value)) return SECRET;
  if (Array.isArray(value)) return value.map(plainState);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainState(v)]));
  return value;
}

/** Planned inputs (Pulumi's wire form) as plain data, as the plan prints them: secrets {@link SECRET}, unknowns {@link UNKNOWN_VALUE}. */
export const plainPlanned = printable;

/** One property that changes: its path, the old and the new value as printed. */
export interface PropertyChange {
  readonly path: string;
  readonly old: unknown;
  readonly new: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * The properties whose values differ, as dotted paths into objects (a list compares whole). Two secrets, or a
 * value unknown at preview on either side, are not compared: the plan cannot see them.
 */
export function changedProperties(before: unknown, after: unknown, prefix = ""): PropertyChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => changedProperties(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  // Two secrets cannot be compared (the state's is encrypted); a value unknown at preview is not known yet.
  if (before === SECRET && after === SECRET) return [];
  if (before === UNKNOWN_VALUE || after === UNKNOWN_VALUE) return [];
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: prefix, old: before, new: after }];
}

/** A value at a dotted path of plain data. */
export function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split(".")) v = isObject(v) ? v[key] : undefined;
  return v;
}
