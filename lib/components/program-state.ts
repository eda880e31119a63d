import * as pulumi from "@pulumi/pulumi";

const byStack = new WeakMap<object, Map<string, unknown>>();

/**
 * State shared by the components of one program run (one Pulumi stack), made on first use: what one
 * component needs to know about the others (the authorizations already redeemed, the circuits per region).
 * Each run has its own stack resource, so a plan that runs the program again starts afresh. Outside a stack
 * (unit tests under bare mocks) nothing is shared: each component sees fresh state, and the checks across
 * components do not run.
 */
export function programState<T>(key: string, init: () => T): T {
  const stack = pulumi.runtime.getStackResource();
  if (!stack) return init();
  let state = byStack.get(stack);
  if (!state) byStack.set(stack, (state = new Map()));
  if (!state.has(key)) state.set(key, init());
  return state.get(key) as T;
}
