import {
  specialSecretSig as SECRET_SIG,
  specialSigKey as SIG_KEY,
  unknownValue as UNKNOWN_SENTINEL,
} from "@pulumi/pulumi/runtime/rpc";

/** Properties that hold keys: never printed, even when a program forgot to mark them secret. */
const KEY_PROPERTIES = new Set([
  "sharedKey",
  "authorizationKey",
  "serviceKey",
  "cakSecretValue",
  "cknSecretValue",
]);

/** Inputs made safe to print: secrets and keys as "[secret]", values unknown at preview as "[unknown]". */
export function printable(value: unknown): unknown {
  if (value === UNKNOWN_SENTINEL) return "[unknown]";
  if (Array.isArray(value)) return value.map(printable);
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return "[secret]";
    if (typeof o[SIG_KEY] === "string") return `[${String(o[SIG_KEY]).slice(0, 8)}]`;
    return Object.fromEntries(
      Object.entries(o).map(([k, v]) => [
        k,
        KEY_PROPERTIES.has(k) && v !== undefined && v !== null ? "[secret]" : printable(v),
      ]),
    );
  }
  return value;
}

/** Serialized inputs as plain data for the model: secrets unwrapped (never printed), unknowns as the model's marker. */
export function modelProps(value: unknown, unknown: unknown): unknown {
  if (value === UNKNOWN_SENTINEL) return unknown;
  if (Array.isArray(value)) return value.map((v) => modelProps(v, unknown));
  if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) return modelProps(o.value, unknown);
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, modelProps(v, unknown)]));
  }
  return value;
}

/**
 * The printable forms (strings, and numbers as text) of every value marked secret in inputs in Pulumi's wire
 * form: what no message may print.
 */
export function secretLeaves(value: unknown, inSecret = false, out: string[] = []): string[] {
  if (typeof value === "string") {
    if (inSecret && value !== UNKNOWN_SENTINEL) out.push(value);
  } else if (typeof value === "number" || typeof value === "boolean") {
    if (inSecret && typeof value === "number") out.push(String(value));
  } else if (Array.isArray(value)) {
    for (const v of value) secretLeaves(v, inSecret, out);
  } else if (typeof value === "object" && value !== null) {
    const o = value as Record<string, unknown>;
    if (o[SIG_KEY] === SECRET_SIG) secretLeaves(o.value, true, out);
    else for (const v of Object.values(o)) secretLeaves(v, inSecret, out);
  }
  return out;
}
