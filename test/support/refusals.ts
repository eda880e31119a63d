import * as pulumi from "@pulumi/pulumi";
import { ExpressRouteValidationError } from "../../lib";
import type { Registered } from "./mock-runtime";

/** Runs `create` and returns the validation error it throws, failing the test if it does not throw one. */
export function rejection(create: () => unknown): ExpressRouteValidationError {
  try {
    create();
  } catch (e) {
    if (e instanceof ExpressRouteValidationError) return e;
    throw e;
  }
  throw new Error("expected an ExpressRouteValidationError");
}

/**
 * The azure-native resources a refused component named `name` registered: waits until the component itself is
 * registered (children register after their parent; a component that refused its arguments' types before
 * registering itself never does), and a little more, then looks for its children by name.
 */
export async function resourcesOfRefused(
  recorded: readonly Registered[],
  name: string,
): Promise<Registered[]> {
  for (let i = 0; i < 100 && !recorded.some((r) => r.name === name && !r.custom); i++)
    await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 25));
  return recorded.filter((r) => r.custom && r.name.startsWith(`${name}-`));
}

/** The warnings (advisory findings) a component logs while `create` constructs it, in order. */
export function warningsOf(create: () => unknown): string[] {
  const warn = jest.spyOn(pulumi.log, "warn").mockImplementation(() => Promise.resolve());
  try {
    create();
    return warn.mock.calls.map(([message]) => message);
  } finally {
    warn.mockRestore();
  }
}
