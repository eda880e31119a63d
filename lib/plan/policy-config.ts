import Ajv, { type ValidateFunction } from "ajv";
import type { LocationCatalogExtension } from "../core/facts/peering-locations";
import { LOCATION_CATALOG_POLICY } from "../policy-pack/adapter/location-catalog";
import { ProgramError } from "./program-project";
import type { EnforcementLevel, PolicyConfig, PolicyDescription } from "./analyzer";

/** A policy pack config file, as `pulumi preview --policy-pack-config` reads it. */
export type PolicyPackConfigFile = Record<
  string,
  EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)
>;

const LEVELS = ["advisory", "mandatory", "disabled", "remediate"];

const ajv = new Ajv({ useDefaults: true, allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();

/** The validator of a config schema, compiled once per schema (a pack has dozens, and plans repeat them). */
function validatorOf(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) validators.set(key, (validate = ajv.compile(schema)));
  return validate;
}

/**
 * Resolves the config the engine would send each policy: the level from the policy's entry, else `all`,
 * else the policy's default; the properties validated against the policy's schema with its defaults
 * filled in. Unknown policies and invalid properties are errors, as with the Pulumi CLI.
 */
export function resolvePolicyConfig(
  policies: readonly PolicyDescription[],
  file: PolicyPackConfigFile = {},
): Record<string, PolicyConfig> {
  if (typeof file !== "object" || file === null || Array.isArray(file)) {
    throw new ProgramError(
      `policy config: the file holds ${file === null ? "null" : Array.isArray(file) ? "a list" : `a ${typeof file}`}; it must be an object of policy names, e.g. { "maximum-resiliency": "advisory" }`,
    );
  }
  const names = new Set(policies.map((p) => p.name));
  for (const key of Object.keys(file)) {
    if (key !== "all" && !names.has(key))
      throw new ProgramError(`policy config: no policy named "${key}" in the pack`);
  }
  const levelOf = (v: unknown, where: string): EnforcementLevel | undefined => {
    const level =
      typeof v === "string" ? v : (v as { enforcementLevel?: unknown } | undefined)?.enforcementLevel;
    if (level === undefined) return undefined;
    if (typeof level !== "string" || !LEVELS.includes(level)) {
      throw new ProgramError(
        `policy config: ${where} has enforcement level ${JSON.stringify(level)}; allowed: ${LEVELS.join(", ")}`,
      );
    }
    return level as EnforcementLevel;
  };
  const all = levelOf(file.all, "all");
  const resolved: Record<string, PolicyConfig> = {};
  for (const p of policies) {
    const entry = file[p.name];
    const { enforcementLevel: _ignored, ...given } = typeof entry === "object" && entry !== null ? entry : {};
    const properties: Record<string, unknown> = structuredClone(given);
    const schema = {
      type: "object",
      properties: p.configSchema?.properties ?? {},
      required: p.configSchema?.required ?? [],
    };
    const validate = validatorOf(schema);
    if (!validate(properties)) {
      const why = (validate.errors ?? [])
        .map((e) => `${e.instancePath || "(config)"} ${e.message}`)
        .join("; ");
      throw new ProgramError(`policy config: "${p.name}" is invalid: ${why}`);
    }
    const range = properties.vlanRange as { min?: unknown; max?: unknown } | undefined;
    if (range && typeof range.min === "number" && typeof range.max === "number" && range.min > range.max) {
      throw new ProgramError(
        `policy config: "${p.name}" has vlanRange { min: ${range.min}, max: ${range.max} }: min is above max, so no VLAN would pass; swap them`,
      );
    }
    resolved[p.name] = { enforcementLevel: levelOf(entry, p.name) ?? all ?? p.enforcementLevel, properties };
  }
  return resolved;
}

/** A policy whose level the config changes from the pack's default: shown with every plan, as exemptions are. */
export interface LevelChange {
  readonly policy: string;
  readonly from: EnforcementLevel;
  readonly to: EnforcementLevel;
}

/** The policies whose level the resolved config sets to something other than their default. */
export function levelChanges(
  policies: readonly PolicyDescription[],
  config: Readonly<Record<string, PolicyConfig>>,
): LevelChange[] {
  return policies
    .filter((p) => config[p.name] && config[p.name].enforcementLevel !== p.enforcementLevel)
    .map((p) => ({ policy: p.name, from: p.enforcementLevel, to: config[p.name].enforcementLevel }));
}

/**
 * The config with a program's `extendLocationCatalog` calls added to the pack's location-catalog policy (after
 * what the config file gives it), so that the pack checks the program against the catalog its components did.
 * A pack without that policy (another pack) is left as it is.
 */
export function withCatalogExtensions(
  config: Readonly<Record<string, PolicyConfig>>,
  extensions: readonly LocationCatalogExtension[],
): Record<string, PolicyConfig> {
  const current = config[LOCATION_CATALOG_POLICY];
  if (!current || extensions.length === 0) return { ...config };
  const merged: Record<string, unknown> = { ...current.properties };
  for (const extension of extensions) {
    for (const [field, value] of Object.entries(extension)) {
      const before = merged[field];
      merged[field] = Array.isArray(value)
        ? [...(Array.isArray(before) ? before : []), ...value]
        : { ...(typeof before === "object" && before !== null ? before : {}), ...value };
    }
  }
  return { ...config, [LOCATION_CATALOG_POLICY]: { ...current, properties: merged } };
}
