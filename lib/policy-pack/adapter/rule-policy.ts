import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import * as policyProxy from "@pulumi/policy/proxy";
import type { Finding } from "../../core/findings";
import type { Rule } from "../../core/rules";
import { azureNativeKind, modelFromAzureNative, type AzureResource } from "../../core/translate";
import { validateTopology } from "../../core/validate";
import { packCatalog } from "./location-catalog";
import {
  configSchema,
  exemptionFor,
  nameOfUrn,
  type PolicyParameters,
  type RulePolicyConfig,
} from "./policy-config";
import { plainProps } from "./plain-props";
import { secretValuesOf } from "./secret-values";
import { policyFailureMessage, violationMessage } from "./violation-message";

/** How a rule becomes a policy: the optional parameters it takes. */
export type RulePolicyOptions = PolicyParameters;

/** The policy SDK's own error for values unknown at preview (internal to the SDK, so not in its typings). */
const { UnknownValueError, unknownStringValue } = policyProxy as unknown as {
  UnknownValueError: new (sentinel: unknown, props: string[]) => Error;
  unknownStringValue: unknown;
};

/** What a rule's policy says about itself, whichever kind it is. */
function policyInfo(rule: Rule, options: RulePolicyOptions) {
  return {
    name: rule.id,
    description: `${rule.description} ${rule.why}`,
    enforcementLevel: rule.severity,
    remediationSteps: `Each violation says which property to change and to what. Source: ${rule.source.url}`,
    configSchema: configSchema(options),
  };
}

/**
 * Reports a rule's findings: verifiable ones as violations (unless exempted), then, if the rule could not
 * decide something because a value is unknown at preview, throws the policy SDK's UnknownValueError so the
 * engine reports "can't run policy during preview" at advisory level, naming the values.
 */
function report(
  findings: readonly Finding[],
  config: RulePolicyConfig,
  reportViolation: (m: string, urn?: string) => void,
): void {
  const unverifiable: Finding[] = [];
  for (const f of findings) {
    if (f.unverifiable) unverifiable.push(f);
    else if (!exemptionFor(config, f.resource)) reportViolation(violationMessage(f), f.resource);
  }
  if (unverifiable.length > 0) {
    const error = new UnknownValueError(unknownStringValue, [unverifiable[0].path]);
    error.message = unverifiable.map((f) => `${nameOfUrn(f.resource)}: ${f.path}: ${f.message}`).join(" ");
    throw error;
  }
}

function run(rule: Rule, resources: readonly AzureResource[], config: RulePolicyConfig): Finding[] {
  const range = config.vlanRange;
  if (range && range.min > range.max)
    throw new Error(`the policy's vlanRange has min ${range.min} above max ${range.max}; swap them`);
  return validateTopology(modelFromAzureNative(resources), {
    rules: [rule],
    catalog: packCatalog(),
    vlanRange: config.vlanRange,
  });
}

/**
 * Runs a policy's body so that a rule that throws reports a violation of its own policy, at the policy's
 * level, instead of aborting the analysis and losing every other policy's verdict (cdk-nag's approach). The
 * SDK's "unknown at preview" signal passes through.
 */
function guarded(
  rule: Rule,
  subject: string,
  reportViolation: (message: string, urn?: string) => void,
  body: () => void,
): void {
  try {
    body();
  } catch (e) {
    if (e instanceof UnknownValueError) throw e;
    const why = e instanceof Error ? e.message || e.name : String(e);
    reportViolation(policyFailureMessage(rule.id, subject, why));
  }
}

/** A resource policy running one rule on each resource of the given azure-native types, alone. */
export function resourceRulePolicy(
  rule: Rule,
  kinds: readonly string[],
  options: RulePolicyOptions = {},
): ResourceValidationPolicy {
  return {
    ...policyInfo(rule, options),
    validateResource: (args, reportViolation) => {
      if (!kinds.includes(azureNativeKind(args.type) ?? "")) return;
      guarded(rule, args.name, reportViolation, () => {
        const config = args.getConfig<RulePolicyConfig>();
        const resource = {
          urn: args.urn,
          type: args.type,
          name: args.name,
          props: plainProps(args.props) as Record<string, unknown>,
          secrets: secretValuesOf(args.props),
        };
        report(run(rule, [resource], config), config, reportViolation);
      });
    },
  };
}

/** A stack policy running one rule over the whole stack, linking resources by id and property dependencies. */
export function stackRulePolicy(rule: Rule, options: RulePolicyOptions = {}): StackValidationPolicy {
  return {
    ...policyInfo(rule, options),
    validateStack: (args, reportViolation) => {
      guarded(rule, "stack", reportViolation, () => {
        const config = args.getConfig<RulePolicyConfig>();
        const resources: AzureResource[] = args.resources.map((r) => ({
          urn: r.urn,
          type: r.type,
          name: r.name,
          props: plainProps(r.props) as Record<string, unknown>,
          secrets: secretValuesOf(r.props),
          propertyDependencies: Object.fromEntries(
            Object.entries(r.propertyDependencies ?? {}).map(([k, deps]) => [k, deps.map((d) => d.urn)]),
          ),
        }));
        report(run(rule, resources, config), config, reportViolation);
      });
    },
  };
}
