import type { FactSource } from "./facts/sources";
import type { Entity } from "./model";

/** Mandatory findings break validity or the SLA; advisory ones are best practice. */
export type Severity = "mandatory" | "advisory";

/** One problem found by a rule. */
export interface Finding {
  /** Stable id of the rule, e.g. `peering-dual-bgp`. */
  readonly ruleId: string;
  readonly severity: Severity;
  /** What is wrong, as one sentence. */
  readonly message: string;
  /** The property as the user wrote it, e.g. `privatePeering.primaryPeerAddressPrefix`. */
  readonly path: string;
  /** The bad value, printable (secrets are described, never echoed). */
  readonly value: string;
  /** What is allowed. */
  readonly allowed: string;
  /** How to fix it. */
  readonly fix: string;
  /** The resource the finding belongs to: a component name or a URN. */
  readonly resource: string;
  /** True when the rule could not decide because a value is only known at deploy time. */
  readonly unverifiable?: boolean;
}

/** The user-facing path of a field of an entity. */
export function pathOf(entity: Entity, field: string): string {
  const fields = entity.origin.fields ?? {};
  if (fields[field]) return fields[field];
  // An override of a parent field applies to its elements: `a.b` maps `a.b[2]` too.
  const parent = Object.keys(fields)
    .filter((k) => field.startsWith(`${k}[`) || field.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (parent) return fields[parent] + field.slice(parent.length);
  return entity.origin.path ? `${entity.origin.path}.${field}` : field;
}

/** The longest a value is printed in a finding; longer ones are cut, saying how long they are. */
const SHOWN_LENGTH = 120;

/**
 * Prints a value for a finding: strings quoted, undefined as "(not set)". Never throws, whatever the value
 * (a BigInt, a circular object, an object without a prototype), and cuts a long value short.
 */
export function show(value: unknown): string {
  if (value === undefined) return "(not set)";
  let text: string;
  try {
    text =
      typeof value === "bigint"
        ? `${value}n (a BigInt)`
        : typeof value === "function"
          ? "a function"
          : typeof value === "symbol"
            ? value.toString()
            : (JSON.stringify(value) ?? String(value));
  } catch {
    text = Array.isArray(value)
      ? `a list of ${value.length} that cannot be printed`
      : "an object that cannot be printed";
  }
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}... (${text.length} characters)` : text;
}

/** One line per finding, in the recipe: path, problem, bad value, what is allowed, how to fix, rule id. */
export function formatFinding(f: Finding): string {
  return `${f.path}: ${f.message} Got ${f.value}; allowed: ${f.allowed}. Fix: ${f.fix} [${f.ruleId}]`;
}

/** Documentation of a rule, for the rules table and the policy pack. */
export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  /** What the rule enforces, as a full sentence. */
  readonly description: string;
  /** Why it matters, as a full sentence. */
  readonly why: string;
  readonly source: FactSource;
}

/**
 * A model key as a user knows the thing it names: a URN's logical name, an external ARM id's resource name
 * (marked as outside the stack), a component key as it is. Internal markers (`id:`, `name:`) never show.
 */
export function displayKey(key: unknown): string {
  if (typeof key !== "string") return "(unknown until deployment)";
  const [base, fragment] = key.split("#");
  let name = base;
  if (base.startsWith("id:") || base.startsWith("name:")) {
    name = `${
      base
        .replace(/^(id|name):/, "")
        .split("/")
        .filter(Boolean)
        .pop() ?? base
    } (outside this stack)`;
  } else if (base.startsWith("urn:")) {
    name = base.split("::").pop() ?? base;
  }
  return fragment ? `${name} ${fragment}` : name;
}
