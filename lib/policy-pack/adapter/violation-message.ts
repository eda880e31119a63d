import { formatFinding, type Finding } from "../../core/findings";
import { nameOfUrn } from "./policy-config";

/** The violation text for a finding: resource, property, problem, bad value, what is allowed, fix, rule id. */
export function violationMessage(f: Finding): string {
  return `${nameOfUrn(f.resource)}: ${formatFinding(f)}`;
}

/** The violation a policy reports when its rule throws: it checked nothing on `subject`. */
export function policyFailureMessage(policy: string, subject: string, why: string): string {
  return `${subject}: (policy ${policy}): The policy failed while checking this, so it checked nothing here: ${why}. Got properties the rule could not read; allowed: any azure-native properties. Fix: check the properties this policy reads, and report the failure as a bug; until it is fixed, exempt the resource with a reason. [${policy}]`;
}

/** A violation of this pack read back into the finding's fields (what `--json` gives per violation). */
export interface ViolationFinding {
  readonly ruleId: string;
  /** The resource's logical name. */
  readonly resource: string;
  /** The property, as the resource has it (`serviceProviderProperties.peeringLocation`). */
  readonly path: string;
  readonly message: string;
  readonly value: string;
  readonly allowed: string;
  readonly fix: string;
}

function splitLast(text: string, separator: string): [string, string] | undefined {
  const i = text.lastIndexOf(separator);
  return i < 0 ? undefined : [text.slice(0, i), text.slice(i + separator.length)];
}

/**
 * The fields of a violation message {@link violationMessage} wrote for `policy` about the resource `urn`;
 * `undefined` for any other text (another pack's, or {@link policyFailureMessage}).
 */
export function parseViolationMessage(
  text: string,
  policy: string,
  urn: string | undefined,
): ViolationFinding | undefined {
  const suffix = ` [${policy}]`;
  if (!text.endsWith(suffix)) return undefined;
  const resource = urn ? nameOfUrn(urn) : text.slice(0, text.indexOf(": "));
  if (!text.startsWith(`${resource}: `)) return undefined;
  const body = text.slice(resource.length + 2, -suffix.length);
  const fix = splitLast(body, ". Fix: ");
  const allowed = fix && splitLast(fix[0], "; allowed: ");
  const value = allowed && splitLast(allowed[0], " Got ");
  const colon = value ? value[0].indexOf(": ") : -1;
  // A policy that failed names itself where a finding names a property: it has no finding to give.
  if (!fix || !allowed || !value || colon <= 0 || value[0].startsWith("(policy ")) return undefined;
  return {
    ruleId: policy,
    resource,
    path: value[0].slice(0, colon),
    message: value[0].slice(colon + 2),
    value: value[1],
    allowed: allowed[1],
    fix: fix[1],
  };
}
