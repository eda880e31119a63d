import { secretLeaves } from "../../plan/secrets";

/**
 * The policy SDK hands policies resource properties with secrets unwrapped, so a policy cannot tell which
 * values the user marked secret. The pack keeps, for each properties object the SDK deserializes, the secret
 * values of the wire form it came from, so that no violation message prints them. (The SDK's deserializer and
 * proxy target key are internal to it, so not in its typings.)
 */
const secretsByProps = new WeakMap<object, string[]>();

type Deserialize = (struct: { toJavaScript(): unknown }, proxySecrets: boolean) => unknown;
// The CommonJS module objects themselves (an ES import would give a read-only namespace).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sdk = require("@pulumi/policy/deserialize") as { deserializeProperties: Deserialize };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { getSpecialProxyTarget } = require("@pulumi/policy/proxy") as { getSpecialProxyTarget: string };

const original = sdk.deserializeProperties;
sdk.deserializeProperties = (struct, proxySecrets) => {
  const props = original(struct, proxySecrets);
  const secrets = secretLeaves(struct.toJavaScript());
  if (secrets.length > 0 && typeof props === "object" && props !== null) secretsByProps.set(props, secrets);
  return props;
};

/** The values marked secret among the properties a policy was given. */
export function secretValuesOf(props: unknown): string[] {
  if (typeof props !== "object" || props === null) return [];
  const target = (props as Record<string, unknown>)[getSpecialProxyTarget] ?? props;
  return secretsByProps.get(target as object) ?? [];
}
