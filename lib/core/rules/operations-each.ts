import { UNKNOWN, isUnknown, type Entity, type Maybe, type TopologyModel } from "../model";
import { declaredCircuits } from "./each";

/** The circuits and Direct ports of the model that the operations rules judge (declared in it). */
export function guardedResources(model: TopologyModel): (Entity & { kind: "circuit" | "port" })[] {
  return [
    ...declaredCircuits(model).map((c) => ({ ...c, kind: "circuit" as const })),
    ...model.ports.map((p) => ({ ...p, kind: "port" as const })),
  ];
}

/**
 * Whether a reference list points at `key`: true, false, or UNKNOWN when a reference is only known at deploy
 * time (the rule then cannot say the resource is unwatched).
 */
export function pointsAt(refs: Maybe<readonly Maybe<string>[]>, key: string): boolean | typeof UNKNOWN {
  if (refs === undefined) return false;
  if (isUnknown(refs)) return UNKNOWN;
  if (refs.includes(key)) return true;
  return refs.some(isUnknown) ? UNKNOWN : false;
}
