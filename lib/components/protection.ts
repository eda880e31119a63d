/**
 * Whether a circuit or a Direct port is protected from deletion: the component's `protect` argument when given,
 * else its resource option `protect` when that is a boolean, else true. A falsy value that is not `false`
 * (`0`, `""`) never removes protection: a deleted circuit loses its provider provisioning and service key.
 */
export function isProtected(argument: unknown, option: unknown): boolean {
  if (typeof argument === "boolean") return argument;
  if (typeof option === "boolean") return option;
  return true;
}

/** The protection a component's children get: an explicit `false` when the component is unprotected. */
export function childProtection(protectedResource: boolean): { protect?: boolean } {
  return protectedResource ? {} : { protect: false };
}
