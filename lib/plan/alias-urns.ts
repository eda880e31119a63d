import { urnParts } from "../diff/stack-export";

/** What the plan reads from the SDK's alias message (pulumirpc.Alias). */
interface AliasMessage {
  getUrn(): string;
  hasSpec?(): boolean;
  getSpec(): AliasSpecMessage | undefined;
}

interface AliasSpecMessage {
  getName(): string;
  getType(): string;
  getStack(): string;
  getProject(): string;
  getParenturn(): string;
  getNoparent(): boolean;
}

/** The qualified type of a URN's parent chain, or "" when it has none. */
function parentChain(urn: string): string {
  const { qualifiedType } = urnParts(urn);
  return qualifiedType;
}

/**
 * The URNs a resource's aliases name, from its registration: alias URNs as given, and alias specs resolved
 * against the resource's own URN (name, type, stack, project and parent default to the resource's).
 */
export function aliasUrns(
  urn: string,
  aliases: readonly AliasMessage[],
  aliasUrnList: readonly string[],
): string[] {
  const own = urnParts(urn);
  const ownChain = own.qualifiedType.includes("$")
    ? own.qualifiedType.slice(0, own.qualifiedType.lastIndexOf("$"))
    : "";
  const ownType = own.qualifiedType.slice(own.qualifiedType.lastIndexOf("$") + 1);
  const result = [...aliasUrnList];
  for (const alias of aliases) {
    const given = alias.getUrn();
    if (given) {
      result.push(given);
      continue;
    }
    const spec = alias.getSpec();
    if (!spec) continue;
    const parent = spec.getNoparent()
      ? ""
      : spec.getParenturn()
        ? parentChain(spec.getParenturn())
        : ownChain;
    const type = spec.getType() || ownType;
    const qualified = parent ? `${parent}$${type}` : type;
    result.push(
      `urn:pulumi:${spec.getStack() || own.stack}::${spec.getProject() || own.project}::${qualified}::${spec.getName() || own.name}`,
    );
  }
  return result;
}
