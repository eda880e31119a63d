import { COMPONENT_INPUT_RULES, RULES } from "../core/rules";
import { LOCATION_CATALOG_POLICY } from "./adapter/location-catalog";
import { BINDINGS, expressRoutePolicies } from "./bindings";

/** The rules table (policies/RULES.md), generated from the pack and the rules so it cannot drift. */
export function rulesTable(): string {
  const rows = expressRoutePolicies.slice(1).map((p, i) => {
    const rule = RULES.find((r) => r.id === p.name);
    if (!rule) throw new Error(`policy ${p.name} has no rule`);
    const kind = "validateStack" in p ? "stack" : "resource";
    const params = [
      ...Object.keys(p.configSchema?.properties ?? {}).map((k) => `\`${k}\``),
      ...(BINDINGS[i].usesCatalog ? ["the location catalog"] : []),
    ].join(", ");
    const cell = (s: string) => s.replace(/\|/g, "\\|");
    return `| \`${rule.id}\` | ${rule.severity} | ${kind} | ${cell(rule.description)} | ${cell(rule.why)} | ${params} | [${rule.source.article}](${rule.source.url}) |`;
  });
  return [
    "# ExpressRoute policy pack: rules",
    "",
    "Generated from the rules in `lib/core/rules` by `npm run rules:doc`; a test fails when this file is out of date.",
    "The components enforce the same rules before they create anything. Levels are the defaults; every policy's",
    "level and its `exemptions` (each with a written `reason`) are configurable in the pack's config.",
    "",
    "| policy | level | kind | what | why | parameters | source |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
    "## Configuration",
    "",
    "In the CLI's policy config format (`--policy-pack-config`), per policy:",
    "",
    "- `enforcementLevel`: `advisory`, `mandatory` or `disabled`. Default: the level above (`all` sets every policy).",
    "- `exemptions`: `[{ resource, reason }]`, where `resource` is a URN or a glob over logical names and",
    "  `reason` (at least 10 characters) says why. Default: `[]`. Exempted findings are not reported; the plan",
    "  lists the exemptions in force.",
    "- `vlanRange` (`peering-vlan-valid`): `{ min, max }`, the VLAN ids peerings may use. ExpressRoute documents",
    "  no range, so the default is 802.1Q's `{ min: 1, max: 4094 }`; narrow it to your provider's range.",
    "",
    "## Extending the location catalog, once",
    "",
    `The pack's first policy, \`${LOCATION_CATALOG_POLICY}\`, reports nothing: its config extends the catalog of peering`,
    'locations, regions, providers and Direct port locations for every policy marked "the location catalog"',
    "above. Its fields are the ones `extendLocationCatalog` takes in a program, so one JSON object serves both;",
    "`expressroute plan` passes a program's `extendLocationCatalog` calls to the pack by itself.",
    "",
    "- `locations`: peering locations Microsoft added after this release, in the shape of the shipped table's",
    "  entries (`cloud`, `location`, `geopoliticalRegion`, `localRegions`, `expressRouteDirect`, and optionally",
    "  `country`, `metro`, `facilities`, `providers`). Default: `[]`.",
    "- `azureRegions`: public-cloud Azure regions opened after this release, ARM name to geopolitical region",
    '  (`{ "newregion": "Europe" }`). Default: `{}`.',
    "- `regions`: Azure regions of any cloud, `[{ name, geopoliticalRegion, cloud }]`. Default: `[]`.",
    "- `providers`: connectivity providers Microsoft's table does not list yet, by peering location",
    '  (`{ "Amsterdam": ["My Carrier"] }`). Default: `{}`.',
    "- `directPortLocations`: ExpressRoute Direct port locations by the peering location they are at",
    '  (`{ "Equinix-Amsterdam-AM7": "Amsterdam" }`). Default: `{}`.',
    "",
    "Keep `location-catalog` enabled when you extend the catalog: a disabled policy is not run, so its config",
    "would not be read.",
    "",
    "## Checks of the components' own arguments",
    "",
    "These concern the shape of the components' arguments, not Azure resources, so they have no policy.",
    "",
    "| id | level | what | why |",
    "|---|---|---|---|",
    ...COMPONENT_INPUT_RULES.map((r) => `| \`${r.id}\` | ${r.severity} | ${r.description} | ${r.why} |`),
    "",
  ].join("\n");
}
