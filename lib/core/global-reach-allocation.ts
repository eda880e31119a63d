import { PAIR_PREFIX_LENGTH } from "./facts/bgp";
import {
  familyBits,
  formatPrefix,
  isAligned,
  normalise,
  parsePrefix,
  size,
  subnetAt,
  type IpFamily,
  type Prefix,
} from "./ip/prefix";

/** How the sites are connected: every pair, or a hub to each other circuit. */
export type MeshTopology = "fullMesh" | "hubAndSpoke";

/** One pair of circuits to connect, by their positions in the append-only member list (a < b). */
export interface MeshPair {
  readonly a: number;
  readonly b: number;
  /** The pair's slot in the address pool: stable for as long as both positions are. */
  readonly slot: number;
}

/**
 * The pairs to connect and their pool slots. The rule that keeps allocation stable: members keep their
 * positions in an append-only list (a retired member keeps its position, its slots stay free), and
 * - full mesh: pair (i, j), i < j, takes slot j(j-1)/2 + i, so adding member n only adds slots after those
 *   of members 0..n-1;
 * - hub and spoke: pair (hub, s) takes slot s (the hub's own slot stays free).
 */
export function meshPairs(
  count: number,
  topology: MeshTopology,
  hub: number,
  retired: ReadonlySet<number>,
): MeshPair[] {
  const pairs: MeshPair[] = [];
  if (topology === "fullMesh") {
    for (let j = 1; j < count; j++) {
      for (let i = 0; i < j; i++) {
        if (!retired.has(i) && !retired.has(j)) pairs.push({ a: i, b: j, slot: (j * (j - 1)) / 2 + i });
      }
    }
  } else {
    for (let s = 0; s < count; s++) {
      if (s !== hub && !retired.has(s) && !retired.has(hub))
        pairs.push({ a: Math.min(hub, s), b: Math.max(hub, s), slot: s });
    }
  }
  return pairs;
}

/** The number of pool slots a mesh of `count` members needs (retired members keep theirs). */
export function slotsNeeded(count: number, topology: MeshTopology): number {
  return topology === "fullMesh" ? Math.max(0, (count * (count - 1)) / 2) : count;
}

/** Why a pool cannot hold the slots, with the size it must be; undefined when it can. */
export function poolProblem(
  pool: Prefix,
  slots: number,
  family: IpFamily,
): { message: string; allowed: string } | undefined {
  const blockLength = PAIR_PREFIX_LENGTH.value[family];
  if (pool.length > blockLength) {
    return {
      message: `The pool is a /${pool.length}, smaller than one /${blockLength}.`,
      allowed: `a /${blockLength} or larger`,
    };
  }
  const available = size(pool) / (1n << BigInt(familyBits(family) - blockLength));
  if (BigInt(slots) <= available) return undefined;
  let bits = 0;
  while (1n << BigInt(bits) < BigInt(slots)) bits++;
  const needed = blockLength - bits;
  return {
    message: `The mesh needs ${slots} /${blockLength}s but a /${pool.length} holds ${available}.`,
    allowed: `a /${needed} or larger (${slots} /${blockLength}s)`,
  };
}

/** The /29 (/125) of a slot in the pool. */
export function slotPrefix(pool: Prefix, slot: number): string {
  return formatPrefix(subnetAt(pool, PAIR_PREFIX_LENGTH.value[pool.family], BigInt(slot)));
}

/** Parses a pool of the given family, or says why it is not one. */
export function parsePool(
  text: string,
  family: IpFamily,
): { ok: true; pool: Prefix } | { ok: false; reason: string } {
  const r = parsePrefix(text);
  if (!r.ok) return { ok: false, reason: `the prefix ${r.reason}` };
  if (r.prefix.family !== family)
    return { ok: false, reason: `it is IPv${r.prefix.family}, not IPv${family}` };
  if (!isAligned(r.prefix)) {
    return {
      ok: false,
      reason: `its address has host bits set (write ${formatPrefix(normalise(r.prefix))})`,
    };
  }
  return { ok: true, pool: r.prefix };
}
