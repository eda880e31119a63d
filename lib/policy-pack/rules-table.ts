import { COMPONENT_INPUT_RULES, RULES } from "../core/rules";
import { expressRoutePolicies } from "./bindings";

/** The rules table (policies/RULES.md), generated from the pack and the rules so it cannot drift. */
export function rulesTable(): string {
  const rows = expressRoutePolicies.map((p) => {
    const rule = RULES.find((r) => r.id === p.name);
    if (!rule) throw new Error(`policy ${p.name} has no rule`);
    const kind = "validateStack" in p ? "stack" : "resource";
    const params = Object.keys(p.configSchema?.properties ?? {})
      .map((k) => `\`${k}\``)
      .join(", ");
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
    "- `additionalLocations`: peering locations Microsoft added after this release, in the shape of the",
    "  shipped table's entries (`cloud`, `location`, `geopoliticalRegion`, `localRegions`, `expressRouteDirect`,",
    "  and optionally `country`, `metro`, `facilities`, `providers`). Default: `[]`.",
    "- `additionalRegions`: Azure regions opened after this release, `[{ name, geopoliticalRegion, cloud }]`",
    "  (`name` is the ARM name, `cloud` `public` unless given). Default: `[]`.",
    "- `additionalProviders`: connectivity providers Microsoft's table does not list yet, by peering location",
    '  (`{ "Amsterdam": ["My Carrier"] }`). Default: `{}`.',
    "- `additionalDirectPortLocations`: ExpressRoute Direct port locations by the peering location they are at",
    '  (`{ "Equinix-Amsterdam-AM7": "Amsterdam" }`). Default: `{}`.',
    "- `vlanRange`: `{ min, max }`, the VLAN ids peerings may use. ExpressRoute documents no range, so the",
    "  default is 802.1Q's `{ min: 1, max: 4094 }`; narrow it to your provider's range.",
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
