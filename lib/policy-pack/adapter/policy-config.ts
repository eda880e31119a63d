import { globToRegExp } from "../../core/glob";
import type { PolicyConfigSchema } from "@pulumi/policy";
import type { AzureRegion, PeeringLocation } from "../../core/facts/peering-locations";

/** An exemption: this policy does not apply to these resources, for a written reason. */
export interface Exemption {
  /** A URN, or a glob over logical names (`er-lab-*`). */
  readonly resource: string;
  /** Why the exemption is acceptable (at least 10 characters; reviewed like code). */
  readonly reason: string;
}

/** The configuration every ExpressRoute policy takes. */
export interface RulePolicyConfig {
  /** Resources exempted from this policy, each with its reason. @default [] */
  readonly exemptions?: readonly Exemption[];
  /** Peering locations added after this release, for the rules that read the location catalog. @default [] */
  readonly additionalLocations?: readonly PeeringLocation[];
  /** Azure regions opened after this release. @default [] */
  readonly additionalRegions?: readonly AzureRegion[];
  /** Providers Microsoft's table does not list yet, by peering location. @default {} */
  readonly additionalProviders?: Readonly<Record<string, readonly string[]>>;
  /** ExpressRoute Direct port locations by the peering location they are at. @default {} */
  readonly additionalDirectPortLocations?: Readonly<Record<string, string>>;
  /** The VLAN ids peerings may use (peering-vlan-valid only). @default { min: 1, max: 4094 } */
  readonly vlanRange?: { readonly min: number; readonly max: number };
}

const EXEMPTIONS = {
  type: "array",
  description: "Resources this policy does not apply to. Each entry needs a written reason.",
  default: [],
  items: {
    type: "object",
    additionalProperties: false,
    required: ["resource", "reason"],
    properties: {
      resource: {
        type: "string",
        minLength: 1,
        description: "A URN, or a glob over logical names (e.g. er-lab-*).",
      },
      reason: {
        type: "string",
        minLength: 10,
        pattern: "\\S.{8,}\\S",
        description: "Why this exemption is acceptable (at least 10 characters of words, not spaces).",
      },
      allResources: {
        type: "boolean",
        description: 'Required (true) for an exemption of every resource ("*"): an explicit opt-in.',
      },
    },
    // A bare "*" exempts every resource: it needs an explicit opt-in.
    allOf: [
      {
        if: { properties: { resource: { pattern: "^[*]+$" } }, required: ["resource"] },
        then: { required: ["allResources"], properties: { allResources: { const: true } } },
      },
    ],
  },
};

const ADDITIONAL_LOCATIONS = {
  type: "array",
  description: "Peering locations Microsoft added after this release, added to the shipped catalog.",
  default: [],
  items: {
    type: "object",
    required: ["cloud", "location", "geopoliticalRegion", "localRegions", "expressRouteDirect"],
    properties: {
      cloud: { enum: ["public", "usgov", "china"] },
      location: { type: "string", minLength: 1 },
      geopoliticalRegion: { type: "string", minLength: 1 },
      localRegions: { type: "array", items: { type: "string" } },
      expressRouteDirect: { type: "boolean" },
      pricingZone: { type: "integer" },
    },
  },
};

const ADDITIONAL_REGIONS = {
  type: "array",
  description: "Azure regions opened after this release (ARM names), added to the shipped catalog.",
  default: [],
  items: {
    type: "object",
    required: ["name", "geopoliticalRegion"],
    additionalProperties: false,
    properties: {
      name: { type: "string", minLength: 1 },
      geopoliticalRegion: { type: "string", minLength: 1 },
      cloud: { enum: ["public", "usgov", "china"] },
    },
  },
};

const ADDITIONAL_PROVIDERS = {
  type: "object",
  description: "Connectivity providers by peering location that Microsoft's table does not list yet.",
  default: {},
  additionalProperties: { type: "array", items: { type: "string", minLength: 1 } },
};

const ADDITIONAL_PORT_LOCATIONS = {
  type: "object",
  description:
    "ExpressRoute Direct port locations (e.g. Equinix-Amsterdam-AM5) by the peering location they are at.",
  default: {},
  additionalProperties: { type: "string", minLength: 1 },
};

const VLAN_RANGE_SCHEMA = {
  type: "object",
  description: "The VLAN ids peerings may use (ExpressRoute documents no range; 802.1Q allows 1..4094).",
  default: { min: 1, max: 4094 },
  required: ["min", "max"],
  additionalProperties: false,
  properties: {
    min: { type: "integer", minimum: 1, maximum: 4094 },
    max: { type: "integer", minimum: 1, maximum: 4094 },
  },
};

/** Which optional parameters a policy takes besides its exemptions. */
export interface PolicyParameters {
  /** The rule reads the peering-location catalog: the policy takes `additionalLocations`. */
  readonly usesCatalog?: boolean;
  /** The rule checks VLAN ids: the policy takes `vlanRange`. */
  readonly usesVlanRange?: boolean;
}

/** The JSON schema of a policy's config; the engine validates config against it. */
export function configSchema(parameters: PolicyParameters): PolicyConfigSchema {
  return {
    properties: {
      exemptions: EXEMPTIONS,
      ...(parameters.usesCatalog
        ? {
            additionalLocations: ADDITIONAL_LOCATIONS,
            additionalRegions: ADDITIONAL_REGIONS,
            additionalProviders: ADDITIONAL_PROVIDERS,
            additionalDirectPortLocations: ADDITIONAL_PORT_LOCATIONS,
          }
        : {}),
      ...(parameters.usesVlanRange ? { vlanRange: VLAN_RANGE_SCHEMA } : {}),
    },
  } as PolicyConfigSchema;
}

/** The logical name in a URN (its last `::` segment). */
export function nameOfUrn(urn: string): string {
  return urn.split("::").pop() ?? urn;
}

/** The exemption that covers a resource, if any: a URN matches exactly or by glob, a name by glob. */
export function exemptionFor(config: RulePolicyConfig, urn: string): Exemption | undefined {
  return (config.exemptions ?? []).find((e) =>
    e.resource.startsWith("urn:")
      ? globToRegExp(e.resource).test(urn)
      : globToRegExp(e.resource).test(nameOfUrn(urn)),
  );
}
