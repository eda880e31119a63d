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
