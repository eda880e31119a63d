import * as pulumi from "@pulumi/pulumi";
import type { Finding } from "../core/findings";
import { shapeFindings, type Shape } from "./argument-shape";
import { throwIfInvalid } from "./validation-error";

/**
 * A value checked when it resolves: values from config, secrets or other stacks are only known at deploy
 * time, so `check` runs then and throws to fail the resources that use the value. Secrets stay secret.
 */
export function verifyWhenKnown<T>(
  value: pulumi.Input<T>,
  check: (resolved: pulumi.Unwrap<T>) => void,
): pulumi.Output<pulumi.Unwrap<T>> {
  return pulumi.output(value).apply((resolved) => {
    check(resolved);
    return resolved;
  });
}

/**
 * Arguments given as Outputs (from config or another stack), each judged again when it resolves: `check`
 * re-runs the component's own rules with that argument's value (the other Outputs still unknown), and a
 * mandatory finding fails every resource that uses the argument, with the message a plain value gets.
 * Returns each argument as an Output of its checked value (plain arguments as they are; secrets stay secret).
 */
export function recheckWhenKnown<K extends string>(
  values: Readonly<Record<K, pulumi.Input<unknown> | undefined>>,
  check: (key: K, resolved: unknown) => void,
): Record<K, pulumi.Input<any> | undefined> {
  const out = { ...values } as Record<K, pulumi.Input<any> | undefined>;
  for (const key of Object.keys(values) as K[]) {
    const v = values[key];
    if (pulumi.Output.isInstance(v) || v instanceof Promise) {
      out[key] = verifyWhenKnown(v as pulumi.Input<unknown>, (resolved) => check(key, resolved));
    }
  }
  return out;
}

/**
 * The check of an argument's resolved value: its shape (the JavaScript type, an id's form), then `more` (the
 * component's own rules on it). Throws the library's refusal.
 */
export function resolvedShapeCheck(
  component: string,
  name: string,
  shape: Shape,
  path: string,
  more: (resolved: string) => Finding[] = () => [],
): (resolved: unknown) => void {
  return (resolved) => {
    const findings = shapeFindings(resolved, { ...shape, input: false } as Shape, path, name);
    throwIfInvalid(component, name, findings.length > 0 ? findings : more(resolved as string));
  };
}

/**
 * An argument that may be an Output, checked with {@link resolvedShapeCheck} when it resolves (a plain value
 * was checked at construction): a bad value fails the resources that use it, in the error recipe.
 */
export function shapeWhenKnown(
  component: string,
  name: string,
  value: pulumi.Input<string>,
  shape: Shape,
  path: string,
  more?: (resolved: string) => Finding[],
): pulumi.Input<string> {
  if (!(pulumi.Output.isInstance(value) || value instanceof Promise)) return value;
  return verifyWhenKnown(
    value,
    resolvedShapeCheck(component, name, shape, path, more),
  ) as pulumi.Output<string>;
}
