import type { Finding } from "../core/findings";
import { REFUSAL_COLLECTOR } from "../components/validation-error";
import { ProgramError } from "./program-project";

/** One component's refusal of its arguments, as data that crosses threads and prints as JSON. */
export interface Refusal {
  /** The component's class name (`RedundantCircuit`). */
  readonly component: string;
  /** The name the program gave it. */
  readonly name: string;
  /** Its mandatory findings, each with the rule id, the argument as written, the value, what is allowed and the fix. */
  readonly findings: readonly Finding[];
  /** The refusal as the component worded it. */
  readonly message: string;
}

/** Components refused their arguments: the program cannot be planned until each is fixed. */
export class ProgramRefused extends ProgramError {
  constructor(readonly refusals: readonly Refusal[]) {
    super(
      `the program was refused (${refusals.length} component${refusals.length === 1 ? "" : "s"}):\n${refusals.map((r) => r.message).join("\n")}`,
    );
    this.name = "ProgramRefused";
  }
}

/**
 * A component's refusal, whichever copy of this library the program loaded (so by its shape, not by class):
 * an `ExpressRouteValidationError` with its findings.
 */
export function refusalOf(thrown: unknown): Refusal | undefined {
  if (!(thrown instanceof Error) || thrown.name !== "ExpressRouteValidationError") return undefined;
  const e = thrown as Error & { findings?: unknown; component?: unknown; componentName?: unknown };
  if (!Array.isArray(e.findings)) return undefined;
  const [, component = "component", name = ""] = /^(\w+) "([^"]*)"/.exec(e.message) ?? [];
  return {
    component: typeof e.component === "string" ? e.component : component,
    name: typeof e.componentName === "string" ? e.componentName : name,
    findings: structuredClone(e.findings as Finding[]),
    message: e.message,
  };
}

/**
 * Starts collecting the components' refusals for one program run: each component refuses in turn instead of
 * the first ending the program. The returned function stops collecting and gives every refusal once, the one
 * the program ended with (`thrown`) included.
 */
export function collectRefusals(): (thrown?: unknown) => Refusal[] {
  const store = globalThis as Record<symbol, unknown>;
  const collected: unknown[] = [];
  store[REFUSAL_COLLECTOR] = collected;
  return (thrown) => {
    if (store[REFUSAL_COLLECTOR] === collected) delete store[REFUSAL_COLLECTOR];
    const all = thrown === undefined || collected.includes(thrown) ? collected : [...collected, thrown];
    const seen = new Set<string>();
    return all
      .map(refusalOf)
      .filter((r): r is Refusal => r !== undefined && !seen.has(r.message) && Boolean(seen.add(r.message)));
  };
}
