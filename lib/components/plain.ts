import * as pulumi from "@pulumi/pulumi";
import { UNKNOWN, type Maybe } from "../core/model";

/** The value of an input when it is a plain value now, or {@link UNKNOWN} when it is an Output or a Promise. */
export function plainOrUnknown<T>(value: pulumi.Input<T> | undefined): Maybe<T> {
  if (value === undefined) return undefined;
  if (pulumi.Output.isInstance(value) || value instanceof Promise) return UNKNOWN;
  return value as T;
}
