import {
  meshPairs,
  parsePool,
  poolProblem,
  slotPrefix,
  slotsNeeded,
  type MeshPair,
} from "../core/global-reach-allocation";
import type { Finding } from "../core/findings";
import { parsePrefix, type IpFamily } from "../core/ip/prefix";
import {
  EMPTY_MODEL,
  type CircuitModel,
  type GlobalReachModel,
  type PortModel,
  type TopologyModel,
} from "../core/model";
import { Reporter, globalReachPool } from "../core/rules";
import { defaultCatalog } from "../core/validate";
import { CIRCUIT_ID_SHAPE, circuitRefModel, parseCircuitId } from "./circuit-ref";
import type { GlobalReachMeshArgs } from "./global-reach-args";

/** One connection the mesh will create. */
export interface PlannedConnection extends MeshPair {
  readonly addressPrefix: string;
  readonly ipv6AddressPrefix?: string;
  /** The member whose circuit hosts the connection (`a` or `b`); the other one's authorization key is used. */
  readonly host: number;
  readonly peer: number;
}

/**
 * Which member of a pair hosts the connection: one in this subscription (no authorization key), preferring a
 * circuit created in this program, then the earlier member. Undefined when both are in other subscriptions.
 */
export function hostOf(
  members: GlobalReachMeshArgs["circuits"],
  a: number,
  b: number,
): { host: number; peer: number } | undefined {
  const local = [a, b].filter((i) => members[i].authorizationKey === undefined);
  if (local.length === 0) return undefined;
  const host = local.find((i) => members[i].circuit) ?? local[0];
  return { host, peer: host === a ? b : a };
}

/** The mesh's arguments as the rules see them, with its allocation and the problems with its own arguments. */
export interface MeshPlan {
  readonly model: TopologyModel;
  readonly connections: readonly PlannedConnection[];
  readonly inputFindings: readonly Finding[];
}

/** Plans a mesh: pairs, their prefixes (pinned or from the pool slots), and the model the rules check. */
export function planMesh(name: string, args: GlobalReachMeshArgs): MeshPlan {
  const report = new Reporter(globalReachPool, { catalog: defaultCatalog() });
  const at = (path: string) => ({ key: `${name}:${path}`, origin: { resource: name, path: undefined } });
  const members = args.circuits ?? [];
  const topology = args.topology ?? "fullMesh";
  const names = members.map((m) => m.name);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) {
      report.fail(at(`circuits[${i}]`), `circuits[${i}].name`, {
        message: `The member name ${n} is used twice.`,
        value: n,
        allowed: "unique member names",
        fix: "Give each site's circuit its own name.",
      });
    }
  });
  members.forEach((m, i) => {
    if (Boolean(m.circuit) === Boolean(m.existing)) {
      report.fail(at(`circuits[${i}]`), `circuits[${i}]`, {
        message: m.circuit ? "Give either circuit or existing, not both." : "The member names no circuit.",
        value: m.name,
        allowed: "circuit (created here) or existing (created elsewhere)",
        fix: "Set exactly one of circuit and existing.",
      });
    }
  });
  // One circuit twice would connect it to itself (ids compare without case, as ARM compares them).
  const firstOf = new Map<unknown, number>();
  members.forEach((m, i) => {
    const id =
      m.circuit ??
      (typeof m.existing?.circuitId === "string" ? m.existing.circuitId.toLowerCase() : undefined);
    if (id === undefined || m.retired) return;
    const first = firstOf.get(id);
    if (first === undefined) firstOf.set(id, i);
    else {
      report.fail(at(`circuits[${i}]`), `circuits[${i}]`, {
        message: `Members ${names[first]} and ${m.name} are the same circuit: Global Reach would connect it to itself.`,
        value: m.name,
        allowed: "each circuit once in the mesh",
        fix: `Remove ${m.name}, or point it at another site's circuit.`,
      });
    }
  });
  members.forEach((m, i) => {
    if (m.existing && typeof m.existing.circuitId === "string" && !parseCircuitId(m.existing.circuitId)) {
      report.fail(at(`circuits[${i}]`), `circuits[${i}].existing.circuitId`, {
        message: "This is not an ExpressRoute circuit id.",
        value: m.existing.circuitId,
        allowed: CIRCUIT_ID_SHAPE,
        fix: "Use the circuit's resource id (the id output of its stack).",
      });
    }
  });
  (args.usedRanges ?? []).forEach((r, k) => {
    const parsed = parsePrefix(r);
    if (!parsed.ok) {
      report.fail(at(`usedRanges[${k}]`), `usedRanges[${k}]`, {
        message: `The used range ${parsed.reason}.`,
        value: r,
        allowed: "an IPv4 or IPv6 prefix (address/length)",
        fix: "Write each used range as address/length.",
      });
    }
  });
  let hub = -1;
  if (topology === "hubAndSpoke") {
    hub = args.hub === undefined ? -1 : names.indexOf(args.hub);
    if (hub < 0) {
      report.fail(at("hub"), "hub", {
        message: "A hub-and-spoke mesh needs its hub to be one of its members.",
        value: args.hub,
        allowed: names.join(", ") || "(no members)",
        fix: "Set hub to a member's name.",
      });
    }
  }
  const retired = new Set(members.flatMap((m, i) => (m.retired ? [i] : [])));
  const pairs =
    hub < 0 && topology === "hubAndSpoke" ? [] : meshPairs(members.length, topology, hub, retired);
  const slots = slotsNeeded(members.length, topology);
  const pools: Partial<Record<IpFamily, ReturnType<typeof parsePool>>> = {};
  for (const [family, text, field] of [
    [4, args.addressPool, "addressPool"],
    [6, args.ipv6AddressPool, "ipv6AddressPool"],
  ] as const) {
    if (text === undefined) continue;
    const parsed = parsePool(text, family);
    const problem = parsed.ok
      ? poolProblem(parsed.pool, slots, family)
      : {
          message: `The pool is not a valid IPv${family} prefix: ${parsed.reason}.`,
          allowed: `an IPv${family} prefix`,
        };
    if (problem) {
      report.fail(at(field), field, {
        message: problem.message,
        value: text,
        allowed: problem.allowed,
        fix: `Give ${field} a range of at least that size (it must hold a slot for every pair, including retired members').`,
      });
    }
    // Only a pool that holds every slot is allocated from: no prefix outside it is ever checked or created.
    if (!problem) pools[family] = parsed;
  }
  const pinned = args.pinnedPrefixes ?? [];
  pinned.forEach((p, k) => {
    if (p.between.length !== 2 || p.between.some((n) => !names.includes(n))) {
      report.fail(at(`pinnedPrefixes[${k}]`), `pinnedPrefixes[${k}].between`, {
        message: "A pinned pair names two members of the mesh.",
        value: p.between,
        allowed: `two of ${names.join(", ")}`,
        fix: "Name the pair by its members' names.",
      });
    }
  });

  const connections: PlannedConnection[] = [];
  const globalReach: GlobalReachModel[] = [];
  const v4 = pools[4];
  const v6 = pools[6];
  for (const pair of pairs) {
    const k = pinned.findIndex(
      (p) => p.between.includes(names[pair.a]) && p.between.includes(names[pair.b]) && p.between.length === 2,
    );
    const pin = k >= 0 ? pinned[k] : undefined;
    const addressPrefix = pin?.addressPrefix ?? (v4?.ok ? slotPrefix(v4.pool, pair.slot) : undefined);
    const ipv6AddressPrefix = pin?.ipv6AddressPrefix ?? (v6?.ok ? slotPrefix(v6.pool, pair.slot) : undefined);
    // Without a prefix (the pool is already refused above) the pair has nothing more to check.
    if (addressPrefix === undefined) continue;
    globalReach.push({
      key: `${names[pair.a]}<->${names[pair.b]}`,
      origin: {
        resource: name,
        fields: {
          addressPrefix: pin ? `pinnedPrefixes[${k}].addressPrefix` : "addressPool",
          "ipv6CircuitConnectionConfig.addressPrefix": pin?.ipv6AddressPrefix
            ? `pinnedPrefixes[${k}].ipv6AddressPrefix`
            : "ipv6AddressPool",
          "expressRouteCircuitPeering.id": `circuits[${pair.a}]`,
          "peerExpressRouteCircuitPeering.id": `circuits[${pair.b}]`,
        },
      },
      circuitKey: names[pair.a],
      peerCircuitKey: names[pair.b],
      addressPrefix,
      ipv6AddressPrefix:
        args.ipv6AddressPool === undefined && !pin?.ipv6AddressPrefix ? undefined : ipv6AddressPrefix,
    });
    const side = hostOf(members, pair.a, pair.b);
    if (!side) {
      report.fail(at(`circuits[${pair.b}]`), `circuits[${pair.b}].authorizationKey`, {
        message: `${names[pair.a]} and ${names[pair.b]} both have authorization keys: neither circuit is in this subscription to host the connection.`,
        value: "(secret)",
        allowed: "at most one member of a pair with an authorization key",
        fix: "Configure the pair from one of the circuits' subscriptions, with the other's key.",
      });
      continue;
    }
    if (addressPrefix)
      connections.push({
        ...pair,
        ...side,
        addressPrefix,
        ipv6AddressPrefix: args.ipv6AddressPool || pin?.ipv6AddressPrefix ? ipv6AddressPrefix : undefined,
      });
  }

  const circuits: CircuitModel[] = [];
  const ports: PortModel[] = [];
  members.forEach((m, i) => {
    if (m.retired || Boolean(m.circuit) === Boolean(m.existing)) return;
    const origin = {
      resource: name,
      path: `circuits[${i}]`,
      fields: { "sku.tier": `circuits[${i}].${m.circuit ? "circuit" : "existing.skuTier"}` },
    };
    const ref = circuitRefModel(m.name, m, origin);
    circuits.push(ref.circuit);
    ports.push(...ref.ports);
  });
  const usedRanges = (args.usedRanges ?? []).map((prefix, k) => ({
    key: `${name}:usedRanges[${k}]`,
    origin: { resource: name, path: `usedRanges[${k}]` },
    prefix,
  }));
  return {
    model: { ...EMPTY_MODEL, circuits, ports, globalReach, usedRanges },
    connections,
    inputFindings: report.findings,
  };
}
