import { armIdShape, isArmId } from "../arm-id";
import { UNKNOWN, isUnknown, type Maybe } from "../model";

/** A property whose value has another type than azure-native declares, where a rule reads it. */
export interface ShapeIssue {
  /** The resource (URN) whose property it is. */
  readonly resource: string;
  /** The property as the user wrote it, e.g. `peerings[0].vlanId`. */
  readonly path: string;
  /** What azure-native declares there, e.g. `a number`. */
  readonly expected: string;
  readonly value: unknown;
}

function join(base: string, part: string): string {
  if (base === "") return part;
  return part.startsWith("[") ? `${base}${part}` : `${base}.${part}`;
}

/**
 * Reads the properties of one resource (or one inline item of it) for the model: each getter returns the value
 * when it has the type azure-native declares, {@link UNKNOWN} when it is only known at deploy time, undefined
 * when it is unset (or null), and otherwise undefined with a {@link ShapeIssue} recorded, so that a property of
 * the wrong type is reported (rule `property-shape`) instead of passing for unset.
 */
export class PropReader {
  constructor(
    /** The resource (URN) the properties belong to. */
    readonly resource: string,
    private readonly root: unknown,
    /** The path of `root` within the resource's properties (`` for the resource itself). */
    readonly base: string,
    private readonly issues: ShapeIssue[],
  ) {}

  /** The user path of a property of this reader. */
  pathOf(path: string): string {
    return join(this.base, path);
  }

  private issue(path: string, expected: string, value: unknown): undefined {
    this.issues.push({ resource: this.resource, path, expected, value });
    return undefined;
  }

  /** The raw value at a dotted path; an intermediate value that is not an object is recorded as an issue. */
  get(path: string): unknown {
    let cur: unknown = this.root;
    let walked = this.base;
    for (const part of path.split(".")) {
      if (isUnknown(cur)) return UNKNOWN;
      if (cur === undefined || cur === null) return undefined;
      if (typeof cur !== "object" || Array.isArray(cur)) return this.issue(walked, "an object", cur);
      cur = (cur as Record<string, unknown>)[part];
      walked = join(walked, part);
    }
    return cur === null ? undefined : cur;
  }

  private typed<T>(path: string, expected: string, is: (v: unknown) => v is T): Maybe<T> {
    const v = this.get(path);
    if (v === undefined || isUnknown(v)) return v as Maybe<T>;
    return is(v) ? v : this.issue(this.pathOf(path), expected, v);
  }

  str(path: string): Maybe<string> {
    return this.typed(path, "a string", (v): v is string => typeof v === "string");
  }

  /**
   * An ARM id of a resource of `type` (see {@link ARM_TYPES}): a string that is not one is an issue, and is
   * returned as written so the reference stays external. An empty string is returned for the rules to report
   * as missing.
   */
  armId(path: string, id: { readonly type: string; readonly what: string }): Maybe<string> {
    const v = this.str(path);
    if (typeof v !== "string" || v === "") return v;
    if (!isArmId(v, id.type))
      this.issue(this.pathOf(path), `the id of ${id.what} (${armIdShape(id.type)})`, v);
    return v;
  }

  num(path: string): Maybe<number> {
    return this.typed(path, "a number", (v): v is number => typeof v === "number" && Number.isFinite(v));
  }

  bool(path: string): Maybe<boolean> {
    return this.typed(path, "true or false", (v): v is boolean => typeof v === "boolean");
  }

  list(path: string): Maybe<readonly unknown[]> {
    return this.typed(path, "a list", (v): v is unknown[] => Array.isArray(v));
  }

  /** A list of strings: unknown when the list or any element is unknown; an element of another type is an issue. */
  strings(path: string): Maybe<readonly string[]> {
    const l = this.list(path);
    if (l === undefined || isUnknown(l)) return l;
    if (l.some(isUnknown)) return UNKNOWN;
    return l.filter((x, i): x is string =>
      typeof x === "string" ? true : (this.issue(this.pathOf(`${path}[${i}]`), "a string", x) ?? false),
    );
  }

  /** A reader for the object at `path`: undefined when unset, UNKNOWN when unknown, an issue when not an object. */
  object(path: string): PropReader | Maybe<never> {
    const v = this.get(path);
    if (v === undefined || isUnknown(v)) return v as Maybe<never>;
    if (typeof v !== "object" || Array.isArray(v)) return this.issue(this.pathOf(path), "an object", v);
    return new PropReader(this.resource, v, this.pathOf(path), this.issues);
  }

  /** Readers for the objects of the list at `path` (an element that is not an object is an issue, and left out). */
  objects(path: string): Maybe<readonly { index: number; reader: PropReader }[]> {
    const l = this.list(path);
    if (l === undefined || isUnknown(l)) return l;
    const out: { index: number; reader: PropReader }[] = [];
    l.forEach((v, i) => {
      const at = this.pathOf(`${path}[${i}]`);
      if (isUnknown(v))
        out.push({ index: i, reader: new PropReader(this.resource, UNKNOWN, at, this.issues) });
      else if (typeof v === "object" && v !== null && !Array.isArray(v))
        out.push({ index: i, reader: new PropReader(this.resource, v, at, this.issues) });
      else this.issue(at, "an object", v);
    });
    return out;
  }

  /** The keys of the object at `path` (a map such as `userAssignedIdentities`). */
  keys(path: string): Maybe<readonly string[]> {
    const v = this.get(path);
    if (v === undefined || isUnknown(v)) return v as Maybe<never>;
    if (typeof v !== "object" || v === null) return this.issue(this.pathOf(path), "an object", v);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : Object.keys(v);
  }
}

/** Reads a dotted path from plain props, passing {@link UNKNOWN} through (no type checks). */
export function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split(".")) {
    if (isUnknown(cur)) return UNKNOWN;
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
