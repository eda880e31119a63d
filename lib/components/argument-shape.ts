import * as pulumi from "@pulumi/pulumi";
import { armIdShape, isArmId } from "../core/arm-id";
import { show, type Finding } from "../core/findings";
import { argumentType } from "../core/rules";

/**
 * The JavaScript shape a component argument must have: what its TypeScript declaration says, checked at run
 * time, because programs in JavaScript, casts and values from config reach the components unchecked. A value
 * of the wrong type is refused in the error recipe before anything is planned, instead of crashing later.
 */
export type Shape =
  | {
      readonly kind: "string";
      readonly input?: boolean;
      readonly nonEmpty?: boolean;
      readonly name?: boolean;
      /** A name Azure gets in a resource id: none of the characters ARM ids reserve. */
      readonly armName?: boolean;
      /** The ARM id of a resource of this type (see {@link ARM_TYPES}). */
      readonly armId?: { readonly type: string; readonly what: string };
    }
  | { readonly kind: "number"; readonly integer?: boolean }
  | { readonly kind: "boolean" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "list"; readonly of: Shape; readonly unique?: boolean }
  | { readonly kind: "object"; readonly fields: Readonly<Record<string, Field>> }
  | { readonly kind: "tags" }
  | { readonly kind: "instance"; readonly what: string; readonly is: (v: unknown) => boolean };

/** A field of an object shape. */
export type Field = Shape & {
  readonly optional?: boolean;
  /**
   * A required argument whose absence a domain rule reports with a better message (why it is needed), so the
   * shape check leaves it to that rule.
   */
  readonly missingReportedBy?: string;
};

export const str = (o: { nonEmpty?: boolean; name?: boolean; armName?: boolean } = {}): Shape => ({
  kind: "string",
  ...o,
});
/** A string or a value known later (`pulumi.Input<string>`). */
export const input = (o: { nonEmpty?: boolean } = {}): Shape => ({ kind: "string", input: true, ...o });
/** An Azure resource name (a segment of its ARM id), or a value known later. */
export const armName = (): Shape => ({
  kind: "string",
  input: true,
  nonEmpty: true,
  name: true,
  armName: true,
});
/** The ARM id of a resource of `id`'s type, or a value known later (checked when it resolves). */
export const armId = (id: { readonly type: string; readonly what: string }): Shape => ({
  kind: "string",
  input: true,
  nonEmpty: true,
  armId: id,
});
export const num = (): Shape => ({ kind: "number" });
export const int = (): Shape => ({ kind: "number", integer: true });
export const bool = (): Shape => ({ kind: "boolean" });
export const oneOf = (values: readonly string[]): Shape => ({ kind: "enum", values });
export const list = (of: Shape, o: { unique?: boolean } = {}): Shape => ({ kind: "list", of, ...o });
export const obj = (fields: Record<string, Field>): Shape => ({ kind: "object", fields });
export const tags = (): Shape => ({ kind: "tags" });
export const instance = (what: string, is: (v: unknown) => boolean): Shape => ({
  kind: "instance",
  what,
  is,
});
export const optional = (shape: Shape): Field => ({ ...shape, optional: true });
/** A required argument whose absence rule `ruleId` reports (see {@link Field.missingReportedBy}). */
export const requiredByRule = (shape: Shape, ruleId: string): Field => ({
  ...shape,
  optional: true,
  missingReportedBy: ruleId,
});

/** True for a value known only later: an Output or a Promise. */
function later(v: unknown): boolean {
  return pulumi.Output.isInstance(v) || v instanceof Promise;
}

/** What a value is, in words, without ever throwing (a BigInt, an object without a prototype, a circle). */
export function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  switch (typeof v) {
    case "undefined":
      return "nothing (undefined)";
    case "string":
      return "a string";
    case "number":
      return Number.isNaN(v) ? "NaN" : Number.isFinite(v) ? "a number" : "an infinite number";
    case "bigint":
      return "a BigInt";
    case "boolean":
      return "true or false";
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      return Object.getPrototypeOf(v) === null ? "an object without a prototype" : "an object";
  }
}

function describe(shape: Shape): string {
  switch (shape.kind) {
    case "string":
      return `a${shape.nonEmpty ? " non-empty" : ""} string${shape.input ? " (or an Output of one)" : ""}`;
    case "number":
      return shape.integer ? "a whole number" : "a number";
    case "boolean":
      return "true or false";
    case "enum":
      return `one of ${shape.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "list":
      return `a list of ${describe(shape.of).replace(/^an? /, "")}s${shape.unique ? ", each once" : ""}`;
    case "object":
      return "an object";
    case "tags":
      return "an object of string tags (or an Output of one)";
    case "instance":
      return shape.what;
  }
}

/** Characters no name Azure is sent may hold: controls, and spaces at either end or doubled. */
function badName(v: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(v)) return "a control character";
  if (v !== v.trim()) return "spaces at its start or end";
  if (/\s{2}/.test(v)) return "doubled spaces";
  return undefined;
}

/**
 * Every place an argument does not have its shape, as findings of rule `argument-type` (paths as the user
 * wrote them, e.g. `privatePeering.peerAsn`).
 */
export function shapeFindings(value: unknown, shape: Shape, path: string, resource: string): Finding[] {
  const out: Finding[] = [];
  const fail = (at: string, expected: string, message: string, v: unknown): void => {
    out.push({
      ruleId: argumentType.id,
      severity: argumentType.severity,
      message,
      path: at,
      value: show(v),
      allowed: expected,
      fix: `Give ${at || "the arguments"} ${expected}.`,
      resource,
    });
  };
  const visit = (v: unknown, s: Shape, at: string): void => {
    if (s.kind === "string" || s.kind === "tags") {
      if (later(v) && (s.kind === "tags" || s.input)) return;
    }
    const wrong = () => fail(at, describe(s), `Expected ${describe(s)}, got ${typeOf(v)}.`, v);
    switch (s.kind) {
      case "string":
        if (typeof v !== "string") return wrong();
        if (s.nonEmpty && v.trim() === "") return fail(at, describe(s), "The name is empty.", v);
        if (s.armId && !isArmId(v, s.armId.type)) {
          const allowed = `the id of ${s.armId.what} (${armIdShape(s.armId.type)})`;
          return fail(at, allowed, `Expected the id of ${s.armId.what}.`, v);
        }
        if (s.armName && /[/\\?#%&:<>*]/.test(v)) {
          return fail(
            at,
            "an Azure resource name, without / \\ ? # % & : < > *",
            "An Azure resource name cannot hold the characters ARM ids reserve.",
            v,
          );
        }
        if (s.name) {
          const bad = badName(v);
          if (bad)
            return fail(at, "a name without control characters or stray spaces", `The name has ${bad}.`, v);
        }
        return;
      case "number":
        if (typeof v !== "number" || !Number.isFinite(v)) return wrong();
        if (s.integer && !Number.isInteger(v))
          return fail(at, describe(s), `Expected a whole number, got ${v}.`, v);
        return;
      case "boolean":
        if (typeof v !== "boolean") return wrong();
        return;
      case "enum":
        // Azure compares these names without regard to case; the components send the canonical spelling.
        if (typeof v !== "string" || !s.values.some((x) => x.toLowerCase() === v.toLowerCase()))
          return wrong();
        return;
      case "list": {
        if (!Array.isArray(v)) return wrong();
        // Index by index: a list with holes (`[, "x"]`) has items that are not there at all.
        for (let i = 0; i < v.length; i++) {
          if (v[i] === undefined)
            fail(
              `${at}[${i}]`,
              describe(s.of),
              `${at}[${i}] is empty: the list has a hole there.`,
              undefined,
            );
          else visit(v[i], s.of, `${at}[${i}]`);
        }
        if (s.unique) {
          const seen = new Map<string, number>();
          v.forEach((item, i) => {
            if (typeof item !== "string") return;
            const k = item.toLowerCase();
            if (seen.has(k))
              fail(
                `${at}[${i}]`,
                `${describe(s)}`,
                `${JSON.stringify(item)} is already ${at}[${seen.get(k)}].`,
                item,
              );
            else seen.set(k, i);
          });
        }
        return;
      }
      case "object": {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return wrong();
        const o = v as Record<string, unknown>;
        for (const [key, field] of Object.entries(s.fields)) {
          const fieldValue = o[key];
          const fieldPath = at ? `${at}.${key}` : key;
          if (fieldValue === undefined) {
            if (!field.optional) fail(fieldPath, describe(field), `${fieldPath} is required.`, undefined);
            continue;
          }
          visit(fieldValue, field, fieldPath);
        }
        return;
      }
      case "tags": {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return wrong();
        for (const [key, tag] of Object.entries(v as Record<string, unknown>)) {
          if (typeof tag !== "string" && !later(tag))
            fail(
              `${at}.${key}`,
              "a string (or an Output of one)",
              `Expected a string, got ${typeOf(tag)}.`,
              tag,
            );
        }
        return;
      }
      case "instance":
        if (!s.is(v)) return wrong();
        return;
    }
  };
  visit(value, shape, path);
  return out;
}
