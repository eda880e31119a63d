import fc from "fast-check";
import type { Shape } from "../lib/components/argument-shape";
import { domainValue } from "./domain-values";
import { hostileValue } from "./hostile-values";

/** A place in a component's arguments, and the shape its TypeScript declaration gives it. */
export interface ArgumentPath {
  readonly path: readonly (string | number)[];
  readonly kind: Shape["kind"];
}

/** Every argument a component's shape declares, nested objects and the first two items of each list too. */
export function argumentPaths(shape: Shape, at: readonly (string | number)[] = []): ArgumentPath[] {
  const here: ArgumentPath[] = at.length > 0 ? [{ path: at, kind: shape.kind }] : [];
  switch (shape.kind) {
    case "object":
      return [
        ...here,
        ...Object.entries(shape.fields).flatMap(([key, field]) => argumentPaths(field, [...at, key])),
      ];
    case "list":
      return [...here, ...[0, 1].flatMap((i) => argumentPaths(shape.of, [...at, i]))];
    default:
      return here;
  }
}

/** One change to a configuration: the value at `path` replaced (undefined deletes it). */
export interface Mutation {
  readonly path: readonly (string | number)[];
  readonly value: unknown;
}

/** A copy of `value` with `path` set, copying only plain objects and lists along the way. */
export function setAt(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  if (path.length === 0) return to;
  const [head, ...rest] = path;
  const container = (
    Array.isArray(value)
      ? [...value]
      : isPlain(value)
        ? { ...(value as object) }
        : typeof head === "number"
          ? []
          : {}
  ) as Record<string | number, unknown>;
  const next = setAt(container[head], rest, to);
  if (next === undefined && !Array.isArray(container)) delete container[head];
  else container[head] = next;
  return container;
}

function isPlain(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Changes to a component's arguments: mostly right-typed values from each argument's domain (so that many
 * configurations are accepted and then judged by the pack), some hostile values, some deletions.
 */
export function mutations(shape: Shape): fc.Arbitrary<Mutation[]> {
  const paths = argumentPaths(shape);
  const one = fc
    .constantFrom(...paths)
    .chain((p) =>
      fc
        .oneof(
          { weight: 6, arbitrary: domainValue(p.path, p.kind) },
          { weight: 3, arbitrary: hostileValue },
          { weight: 1, arbitrary: fc.constant(undefined) },
        )
        .map((value): Mutation => ({ path: p.path, value })),
    );
  return fc.array(one, { minLength: 0, maxLength: 3 });
}

/** The arguments with every mutation applied, in order. */
export function applyMutations(base: unknown, changes: readonly Mutation[]): unknown {
  return changes.reduce((args, m) => setAt(args, m.path, m.value), base);
}

/** A mutation in words, for a counterexample report (values printed safely). */
export function describeMutation(m: Mutation): string {
  return `${m.path.join(".") || "(arguments)"} = ${fc.stringify(m.value).slice(0, 120)}`;
}
