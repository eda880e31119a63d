import { UNKNOWN, isUnknown, type Maybe } from "../model";

/** Reads a dotted path from plain props, passing {@link UNKNOWN} through. */
export function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    if (isUnknown(cur)) return UNKNOWN;
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

export function str(v: unknown): Maybe<string> {
  return isUnknown(v) ? UNKNOWN : typeof v === "string" ? v : undefined;
}

export function num(v: unknown): Maybe<number> {
  return isUnknown(v) ? UNKNOWN : typeof v === "number" ? v : undefined;
}

export function bool(v: unknown): Maybe<boolean> {
  return isUnknown(v) ? UNKNOWN : typeof v === "boolean" ? v : undefined;
}

/** An array, with unknown elements kept as {@link UNKNOWN}. */
export function list(v: unknown): Maybe<readonly unknown[]> {
  return isUnknown(v) ? UNKNOWN : Array.isArray(v) ? v : undefined;
}

/** An array of strings (unknown when the array or any element is unknown). */
export function strings(v: unknown): Maybe<readonly string[]> {
  const l = list(v);
  if (l === undefined || isUnknown(l)) return l;
  if (l.some(isUnknown)) return UNKNOWN;
  return l.filter((x): x is string => typeof x === "string");
}
