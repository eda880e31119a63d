import * as pulumi from "@pulumi/pulumi";
import { UNKNOWN, type Maybe } from "../core/model";

/** The value of an input when it is a plain value now, or {@link UNKNOWN} when it is an Output or a Promise. */
export function plainOrUnknown<T>(value: pulumi.Input<T> | undefined): Maybe<T> {
  if (value === undefined) return undefined;
  if (pulumi.Output.isInstance(value) || value instanceof Promise) return UNKNOWN;
  return value as T;
}

/**
 * Tags as the SDK can send them: an object without a prototype (`Object.create(null)`, common from parsers)
 * never finishes serializing, so it is copied into an ordinary object. Outputs pass through.
 */
export function sendableTags(
  tags: pulumi.Input<Record<string, pulumi.Input<string>>> | undefined,
): pulumi.Input<Record<string, pulumi.Input<string>>> | undefined {
  if (tags === undefined || pulumi.Output.isInstance(tags) || tags instanceof Promise) return tags;
  return { ...(tags as Record<string, pulumi.Input<string>>) };
}
