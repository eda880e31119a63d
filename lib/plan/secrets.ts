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
