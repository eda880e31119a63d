import type { Finding } from "../core/findings";
import type { TopologyModel } from "../core/model";
import { ARM_SHAPES, azureNativeKind, modelFromAzureNative } from "../core/translate";
import type { RecordedResource } from "../plan/recorder";
import { changeFindings } from "./rules/index";
import { normalUrn, urnParts, type StackState, type StateResource } from "./stack-export";
import { changedProperties, plainPlanned, plainState, valueAt, type PropertyChange } from "./values";

/** What happens to a resource: as `pulumi preview` would say it, with `same` for nothing. */
export type ChangeAction = "create" | "update" | "replace" | "delete" | "same";

/** One resource's change, matched between the plan and the state by URN (or by one of its aliases). */
export interface ResourceChange {
  readonly action: ChangeAction;
  readonly type: string;
  readonly name: string;
  /** The URN as the engine writes it (the plan's, or the state's for a deletion). */
  readonly urn: string;
  /** The URN in the state, when the plan matched it through an alias. */
  readonly stateUrn?: string;
  /** The properties that change, old and new (secrets as "[secret]"). */
  readonly changes: readonly PropertyChange[];
  /** The changed properties that make it a new resource (replace). */
  readonly replaceBecause: readonly string[];
}

/** The plan against the deployed stack: every resource's change, and what is refused (mandatory) or warned. */
export interface DiffResult {
  readonly stack: string;
  readonly resources: readonly ResourceChange[];
  /** Refused changes are mandatory findings, warnings advisory; each names its resource by URN. */
  readonly findings: readonly Finding[];
}

/** What the diff needs of a plan: what the program registered, and the topology the rules saw. */
export interface PlannedStack {
  readonly run: { readonly resources: readonly RecordedResource[] };
  readonly model: TopologyModel;
}

/** Both sides of a matched resource, as plain data. */
export interface MatchedResource {
  readonly change: ResourceChange;
  readonly planned?: RecordedResource;
  readonly state?: StateResource;
  readonly before?: Record<string, unknown>;
  readonly after?: Record<string, unknown>;
}

/**
 * Properties Azure cannot change on a resource: the ones that name it in its ARM id, its resource group and
 * region, and for ExpressRoute the circuit's provider, peering location and port and the port's location.
 */
function fixedProperties(type: string): string[] {
  const kind = azureNativeKind(type) ?? "";
  const names = (ARM_SHAPES[kind]?.segments ?? []).map(([, name]) => name);
  const own: Record<string, string[]> = {
    "network:ExpressRouteCircuit": [
      "serviceProviderProperties.serviceProviderName",
      "serviceProviderProperties.peeringLocation",
      "expressRoutePort.id",
    ],
    "network:ExpressRoutePort": ["peeringLocation"],
  };
  return kind ? ["resourceGroupName", "location", ...names, ...(own[kind] ?? [])] : [];
}

/** Stack and provider resources are the engine's, not the program's. */
function counted(type: string): boolean {
  return type !== "pulumi:pulumi:Stack" && !type.startsWith("pulumi:providers:");
}

/** Matches the plan's resources to the state's and says what happens to each. */
export function matchResources(plan: PlannedStack, state: StackState): MatchedResource[] {
  const stateByUrn = new Map(
    state.resources.filter((r) => counted(r.type)).map((r) => [normalUrn(r.urn), r]),
  );
  const used = new Set<StateResource>();
  const matched: MatchedResource[] = [];
  for (const planned of plan.run.resources.filter((r) => counted(r.type))) {
    const urn = normalUrn(planned.urn);
    const viaAlias = (planned.aliases ?? [])
      .map(normalUrn)
      .find((a) => stateByUrn.has(a) && !used.has(stateByUrn.get(a)!));
    const found =
      stateByUrn.get(urn) && !used.has(stateByUrn.get(urn)!)
        ? stateByUrn.get(urn)
        : viaAlias && stateByUrn.get(viaAlias);
    const after = plainPlanned(planned.serializedInputs) as Record<string, unknown>;
    if (!found) {
      matched.push({
        planned,
        after,
        change: {
          action: "create",
          type: planned.type,
          name: planned.name,
          urn,
          changes: [],
          replaceBecause: [],
        },
      });
      continue;
    }
    used.add(found);
    const before = plainState(found.inputs) as Record<string, unknown>;
    const changes = planned.custom ? changedProperties(before, after) : [];
    const fixed = fixedProperties(planned.type);
    const replaceBecause = changes
      .map((c) => c.path)
      .filter((p) => fixed.some((f) => p === f || p.startsWith(`${f}.`) || f.startsWith(`${p}.`)));
    const action: ChangeAction = replaceBecause.length ? "replace" : changes.length ? "update" : "same";
    matched.push({
      planned,
      state: found,
      before,
      after,
      change: {
        action,
        type: planned.type,
        name: planned.name,
        urn,
        ...(normalUrn(found.urn) !== urn ? { stateUrn: normalUrn(found.urn) } : {}),
        changes,
        replaceBecause,
      },
    });
  }
  for (const r of stateByUrn.values()) {
    if (used.has(r)) continue;
    matched.push({
      state: r,
      before: plainState(r.inputs) as Record<string, unknown>,
      change: {
        action: "delete",
        type: r.type,
        name: urnParts(r.urn).name,
        urn: normalUrn(r.urn),
        changes: [],
        replaceBecause: [],
      },
    });
  }
  return matched;
}

/** The state's resources as a topology model (secrets unknown), keyed by the engine's URNs. */
export function stateModel(state: StackState): TopologyModel {
  return modelFromAzureNative(
    state.resources.map((r) => ({
      urn: normalUrn(r.urn),
      type: r.type,
      name: urnParts(r.urn).name,
      props: plainState(r.inputs) as Record<string, unknown>,
    })),
  );
}

/**
 * Checks a plan against the deployed stack (`pulumi stack export`): what each resource's change is, and which
 * changes Azure refuses or that would cause an outage (refused, mandatory) or deserve a look (warned).
 */
export function diffAgainstState(plan: PlannedStack, state: StackState): DiffResult {
  const matched = matchResources(plan, state);
  return {
    stack: state.stack,
    resources: matched.map((m) => m.change),
    findings: changeFindings(matched, plan.model, stateModel(state)),
  };
}

export { valueAt };
