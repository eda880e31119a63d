import { UNKNOWN } from "../../core/model";

function isUnknownValueError(e: unknown): boolean {
  return e instanceof Error && e.constructor.name === "UnknownValueError";
}

/**
 * Copies a policy's resource props (wrapped by @pulumi/policy in a proxy that throws on values unknown at
 * preview) into plain data, with each unknown value replaced by the model's UNKNOWN marker, so a rule can say
 * "cannot verify" about exactly the value it needs instead of failing as a whole.
 */
export function plainProps(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) out.push(read(value, i));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = read(value as Record<string, unknown>, key);
  return out;
}

function read(container: Record<string | number, unknown> | unknown[], key: string | number): unknown {
  try {
    return plainProps((container as Record<string | number, unknown>)[key]);
  } catch (e) {
    if (isUnknownValueError(e)) return UNKNOWN;
    throw e;
  }
}
