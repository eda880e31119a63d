import type { Finding, Severity } from "../core/findings";
import { globToRegExp } from "../core/glob";

/** One rule's settings in an estate, in the policy pack's config format. */
export interface EstateRuleConfig {
  /**
   * The rule's level.
   * @default the rule's own severity
   */
  readonly enforcementLevel?: Severity | "disabled";
  /**
   * Constructs the rule does not apply to, by path (`*` matches any run of characters), each with the reason.
   * @default none
   */
  readonly exemptions?: readonly { readonly resource: string; readonly reason: string }[];
}

/** Levels and exemptions of an estate's rules, by rule id (`all` for every rule). */
export type EstatePolicyConfig = Readonly<Record<string, EstateRuleConfig>>;

/** Problems of the config itself: an exemption without a reason, or an unknown level. */
export function policyConfigProblems(config: EstatePolicyConfig | undefined): string[] {
  const problems: string[] = [];
  for (const [rule, c] of Object.entries(config ?? {})) {
    const level = c?.enforcementLevel;
    if (level !== undefined && !["mandatory", "advisory", "disabled"].includes(level))
      problems.push(
        `policyConfig.${rule}.enforcementLevel is ${JSON.stringify(level)}; allowed: mandatory, advisory, disabled`,
      );
    (c?.exemptions ?? []).forEach((e, i) => {
      if (typeof e?.resource !== "string" || e.resource.trim() === "")
        problems.push(`policyConfig.${rule}.exemptions[${i}].resource names no construct path`);
      if (typeof e?.reason !== "string" || !/\S.{8,}\S/.test(e.reason))
        problems.push(`policyConfig.${rule}.exemptions[${i}].reason must say why, in at least 10 characters`);
    });
  }
  return problems;
}

/** The findings with the config's levels applied, disabled rules and exempted constructs left out. */
export function applyPolicyConfig(
  findings: readonly Finding[],
  config: EstatePolicyConfig | undefined,
): Finding[] {
  if (!config) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    const c = config[f.ruleId];
    const level = c?.enforcementLevel ?? config.all?.enforcementLevel ?? f.severity;
    if (level === "disabled") continue;
    const exemptions = [...(c?.exemptions ?? []), ...(config.all?.exemptions ?? [])];
    if (exemptions.some((e) => globToRegExp(e.resource).test(f.resource))) continue;
    out.push(level === f.severity ? f : { ...f, severity: level });
  }
  return out;
}
