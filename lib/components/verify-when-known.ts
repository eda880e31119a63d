import * as pulumi from "@pulumi/pulumi";

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
