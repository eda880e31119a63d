import type { Finding } from "../core/findings";
import type { CircuitModel, PortModel } from "../core/model";
import { Reporter, circuitLinkInput } from "../core/rules";
import { defaultCatalog } from "../core/validate";
import type { CircuitComponent } from "./circuit-component";
import { circuitRefModel, type ExistingCircuit } from "./circuit-ref";

// What VNet links (CircuitConnection) and hub connections (HubCircuitConnection) share: how they name their
// circuit, and how a gateway's connections become the circuits the rules see.

/** How a connection names its circuit. */
export interface CircuitRef {
  readonly circuit?: CircuitComponent;
  readonly existing?: ExistingCircuit;
}

/** A connection of a gateway: its component name and arguments. */
export interface LinkedConnection {
  readonly name: string;
  readonly args: CircuitRef;
}

const outputKeys = new WeakMap<object, string>();
let outputCount = 0;

/**
 * A key per circuit: the circuit component, or the existing circuit's id (an id from another stack is its own),
 * shared by VNet links and hub connections so that a circuit's connections are counted together.
 */
export function circuitKey(l: CircuitRef): string {
  if (l.circuit) return `circuit:${l.circuit.info.name}`;
  const id = l.existing?.circuitId;
  if (typeof id === "string" || id === undefined) return `existing:${id}`;
  if (!outputKeys.has(id)) outputKeys.set(id, `existing:from-another-stack-${outputCount++}`);
  return outputKeys.get(id)!;
}

/**
 * The circuits of a gateway's connections (`all`, the new one named `name` last), as the rules see them: each
 * once, with `fields` naming the new connection's arguments; links to this gateway are in the model, so a
 * circuit's other links (elsewhere) count as additional.
 */
export function linkedCircuits(
  name: string,
  all: readonly LinkedConnection[],
  fields: Readonly<Record<string, string>>,
): { circuits: CircuitModel[]; ports: PortModel[] } {
  const circuits = new Map<string, CircuitModel>();
  const ports: PortModel[] = [];
  for (const l of all) {
    const key = circuitKey(l.args);
    if (circuits.has(key)) continue;
    const ref = circuitRefModel(key, l.args, {
      resource: name,
      path: l.name === name ? "circuit" : undefined,
      fields,
    });
    const here = all.filter((x) => circuitKey(x.args) === key && x.name !== name).length;
    circuits.set(key, {
      ...ref.circuit,
      additionalLinks: Math.max(0, (ref.circuit.additionalLinks ?? 0) - (l.args.circuit ? here : 0)),
    });
    ports.push(...ref.ports);
  }
  return { circuits: [...circuits.values()], ports };
}

/** The finding when a connection names no circuit, or two (circuit and existing). */
export function oneCircuitFindings(name: string, args: CircuitRef): Finding[] {
  const report = new Reporter(circuitLinkInput, { catalog: defaultCatalog() });
  if (Boolean(args.circuit) === Boolean(args.existing)) {
    report.fail({ key: name, origin: { resource: name } }, "circuit", {
      message: args.circuit
        ? "Give either circuit or existing, not both."
        : "The connection names no circuit.",
      value: args.circuit ? "both set" : "(not set)",
      allowed: "circuit (created here) or existing (created elsewhere)",
      fix: "Set exactly one of circuit and existing.",
    });
  }
  return report.findings;
}
