import type { Finding } from "../../core/findings";
import type { LocationCatalog } from "../../core/facts/peering-locations";
import type { TopologyModel } from "../../core/model";
import { azureNativeKind } from "../../core/translate";
import type { MatchedResource } from "../diff";

/** What a change rule sees: every matched resource, the planned and the deployed topology, the catalog. */
export interface ChangeContext {
  readonly matched: readonly MatchedResource[];
  readonly planModel: TopologyModel;
  readonly stateModel: TopologyModel;
  readonly catalog: LocationCatalog;
}

/** A rule about changes: its id, and the findings it gives. */
export interface ChangeRule {
  readonly id: string;
  readonly check: (context: ChangeContext) => Finding[];
}

/** The matched resources of one azure-native kind (`network:ExpressRouteCircuit`). */
export function ofKind(context: ChangeContext, kind: string): MatchedResource[] {
  return context.matched.filter((m) => azureNativeKind(m.change.type) === kind);
}

/** A finding of a change rule; `severity` mandatory refuses the change, advisory warns. */
export function changeFinding(
  ruleId: string,
  severity: Finding["severity"],
  m: MatchedResource,
  problem: Omit<Finding, "ruleId" | "severity" | "resource">,
): Finding {
  return { ruleId, severity, resource: m.change.urn, ...problem };
}

/** A value as a finding prints it. */
export function shown(v: unknown): string {
  return v === undefined ? "(not set)" : typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v);
}

/** Case-insensitive equality for the enum values ARM compares without regard to case. */
export function same(a: unknown, b: unknown): boolean {
  return typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b;
}
