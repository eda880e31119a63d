import type { IConstruct } from "constructs";

/** A visitor applied to every construct beneath the scope it was added to (as CDK's aspects). */
export interface IAspect {
  visit(node: IConstruct): void;
}

const ASPECTS = Symbol.for("pulumi-expressroute.aspects");
const APPLIED = new WeakMap<IConstruct, Set<IAspect>>();

/**
 * The aspects of a scope: `Aspects.of(estate).add(aspect)` applies `aspect` to the scope and every construct
 * beneath it (constructs added later too) before the estate is validated or rendered. `constructs` has no
 * aspects of its own; this is CDK's model: a rule or a default applied to every construct of a kind.
 */
export class Aspects {
  private readonly list: IAspect[] = [];

  private constructor() {}

  /** The aspects of `scope`. */
  static of(scope: IConstruct): Aspects {
    const holder = scope as unknown as { [ASPECTS]?: Aspects };
    holder[ASPECTS] ??= new Aspects();
    return holder[ASPECTS];
  }

  /** Applies `aspect` to the scope and every construct beneath it. */
  add(aspect: IAspect): void {
    this.list.push(aspect);
  }

  /** The aspects added to this scope. */
  get all(): readonly IAspect[] {
    return this.list;
  }
}

/**
 * Applies every aspect to every construct beneath the scope it was added to, top-down, each aspect once per
 * construct; constructs that aspects add are visited too. Safe to call again: nothing is applied twice.
 */
export function applyAspects(root: IConstruct): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const construct of root.node.findAll()) {
      const applied = APPLIED.get(construct) ?? new Set<IAspect>();
      APPLIED.set(construct, applied);
      for (const scope of construct.node.scopes) {
        for (const aspect of Aspects.of(scope).all) {
          if (applied.has(aspect)) continue;
          applied.add(aspect);
          aspect.visit(construct);
          changed = true;
        }
      }
    }
  }
}

/** An aspect that calls `visit` on every construct of one class (e.g. every EstateCircuit). */
export function onEvery<T extends IConstruct>(
  kind: abstract new (...args: never[]) => T,
  visit: (construct: T) => void,
): IAspect {
  return { visit: (node) => node instanceof kind && visit(node as T) };
}
