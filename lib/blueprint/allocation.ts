import { PAIR_PREFIX_LENGTH, VLAN_RANGE } from "../core/facts/bgp";
import {
  firstAddress,
  formatPrefix,
  lastAddress,
  parsePrefix,
  subnetAt,
  type Prefix,
} from "../core/ip/prefix";
import { parsePool } from "../core/global-reach-allocation";

/**
 * Stable addresses for an estate: peering /29s with their VLANs, and Global Reach /29s, allocated from the
 * estate's pools and recorded in a small JSON file committed with the template (as CDK's `cdk.context.json`).
 * Pure: the file goes in, the file comes out.
 *
 * - An entry already in the file is kept: re-running never renumbers, whatever the order of the constructs.
 * - A new user takes the lowest free block (users are taken in the order of their keys, so the result does
 *   not depend on construct order either) and the lowest free VLAN.
 * - A user that is gone keeps its entry, marked `retired`, and its block stays reserved until someone deletes
 *   the entry from the file; a retired user that comes back gets its block back. Entries outside the scope
 *   of this run (another environment of the same file) are kept as they are, and their blocks reserved.
 * - A hand edit that gives one block or VLAN to two users, or a block that is not a /29 of a pool, is a
 *   problem naming both users, never a silent move.
 */

/** One user's addresses in the file. */
export interface AllocationRecord {
  /** The /29. */
  readonly prefix: string;
  /** The VLAN (peering allocations only). */
  readonly vlan?: number;
  /** Set when no construct uses the entry any more: its block stays reserved until the entry is deleted. */
  readonly retired?: boolean;
}

/** The allocation file: one section per pool, each mapping a user's key (its construct path) to its addresses. */
export interface AllocationFile {
  readonly version: 1;
  readonly peering: Readonly<Record<string, AllocationRecord>>;
  readonly globalReach: Readonly<Record<string, AllocationRecord>>;
}

/** The pools of an estate. */
export interface AllocationPools {
  /** IPv4 prefixes peering /29s are taken from. */
  readonly peering: readonly string[];
  /** IPv4 prefixes Global Reach /29s are taken from. */
  readonly globalReach: readonly string[];
  /** The VLANs private peerings take. */
  readonly vlans: { readonly min: number; readonly max: number };
}

/** A user of a block: a peering (which gets a VLAN too) or a Global Reach pair. */
export interface AllocationRequest {
  readonly section: "peering" | "globalReach";
  readonly key: string;
}

/** Why the file cannot be used as it is, naming the entries (as `section key`) and how to fix it. */
export interface AllocationProblem {
  readonly section: "peering" | "globalReach" | "pools";
  readonly key: string;
  readonly message: string;
  readonly value: string;
  readonly allowed: string;
  readonly fix: string;
}

/** The outcome: the file to write back, each requested user's addresses, and the problems. */
export interface AllocationResult {
  readonly file: AllocationFile;
  readonly problems: readonly AllocationProblem[];
  /** The addresses of a requested user, undefined when it could not be given any (see the problems). */
  get(section: AllocationRequest["section"], key: string): AllocationRecord | undefined;
}

/** An empty allocation file. */
export const EMPTY_ALLOCATIONS: AllocationFile = { version: 1, peering: {}, globalReach: {} };

const BLOCK = PAIR_PREFIX_LENGTH.value[4];

/** A section's pools as parsed prefixes, with the problems of those that are not pools. */
function parsePools(
  section: "peering" | "globalReach",
  texts: readonly string[],
  problems: AllocationProblem[],
) {
  const pools: Prefix[] = [];
  for (const text of texts) {
    const r = parsePool(text, 4);
    if (!r.ok || r.pool.length > BLOCK) {
      problems.push({
        section: "pools",
        key: section,
        message: `The ${section} pool ${r.ok ? `is a /${r.pool.length}, smaller than one /${BLOCK}` : `is not usable: ${r.reason}`}.`,
        value: text,
        allowed: `an aligned IPv4 prefix of /${BLOCK} or larger`,
        fix: `Give the ${section} pool an aligned IPv4 range such as 10.100.0.0/24.`,
      });
    } else pools.push(r.pool);
  }
  return pools;
}

/** Allocates the requested users' addresses, keeping every entry of `file`. */
export function allocate(
  requests: readonly AllocationRequest[],
  pools: AllocationPools,
  file: AllocationFile = EMPTY_ALLOCATIONS,
  inScope: (section: AllocationRequest["section"], key: string) => boolean = () => true,
): AllocationResult {
  const problems: AllocationProblem[] = [];
  const out: Record<"peering" | "globalReach", Record<string, AllocationRecord>> = {
    peering: {},
    globalReach: {},
  };
  const vlanMin = Math.max(pools.vlans.min, VLAN_RANGE.min);
  const vlanMax = Math.min(pools.vlans.max, VLAN_RANGE.max);
  const vlanOwner = new Map<number, string>();
  for (const section of ["peering", "globalReach"] as const) {
    const ranges = parsePools(section, pools[section], problems);
    const wanted = new Set(requests.filter((r) => r.section === section).map((r) => r.key));
    const owner = new Map<bigint, string>();
    const existing = Object.entries(file[section] ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, record] of existing) {
      const parsed = parsePrefix(String(record?.prefix));
      const inPool =
        parsed.ok &&
        ranges.some(
          (p) => firstAddress(p) <= parsed.prefix.address && parsed.prefix.address <= lastAddress(p),
        );
      if (!parsed.ok || parsed.prefix.family !== 4 || parsed.prefix.length !== BLOCK || !inPool) {
        problems.push({
          section,
          key,
          message: `The entry's block is not an aligned /${BLOCK} of the ${section} pool.`,
          value: JSON.stringify(record?.prefix),
          allowed: `a /${BLOCK} inside ${pools[section].join(", ") || "(no pool)"}`,
          fix: `Correct the entry in the allocation file, or delete it to take a new block (which renumbers ${key}).`,
        });
        continue;
      }
      const start = parsed.prefix.address;
      if (start !== firstAddress(parsed.prefix)) {
        problems.push({
          section,
          key,
          message: `The entry's block has host bits set.`,
          value: JSON.stringify(record.prefix),
          allowed: `an aligned /${BLOCK}, e.g. ${formatPrefix({ ...parsed.prefix, address: firstAddress(parsed.prefix) })}`,
          fix: "Correct the entry in the allocation file.",
        });
        continue;
      }
      const other = owner.get(start);
      if (other !== undefined) {
        problems.push({
          section,
          key,
          message: `${key} and ${other} both hold ${record.prefix} (an edit of the allocation file?).`,
          value: record.prefix,
          allowed: "one user per block",
          fix: `Delete one of the two entries (${other} or ${key}) so that it takes a new block.`,
        });
        continue;
      }
      owner.set(start, key);
      if (section === "peering" && record.vlan !== undefined) {
        const vOther = vlanOwner.get(record.vlan);
        if (!Number.isInteger(record.vlan) || record.vlan < VLAN_RANGE.min || record.vlan > VLAN_RANGE.max) {
          problems.push({
            section,
            key,
            message: "The entry's VLAN is not a VLAN id.",
            value: JSON.stringify(record.vlan),
            allowed: `an integer in ${VLAN_RANGE.min}..${VLAN_RANGE.max}`,
            fix: "Correct the entry's vlan, or delete it to take a new one.",
          });
        } else if (vOther !== undefined) {
          problems.push({
            section,
            key,
            message: `${key} and ${vOther} both hold VLAN ${record.vlan} (an edit of the allocation file?).`,
            value: String(record.vlan),
            allowed: "one user per VLAN",
            fix: `Delete the vlan of one of the two entries (${vOther} or ${key}) so that it takes a new one.`,
          });
        } else vlanOwner.set(record.vlan, key);
      }
      const keep: AllocationRecord = {
        prefix: record.prefix,
        ...(record.vlan !== undefined ? { vlan: record.vlan } : {}),
      };
      // An entry of another part of the estate (another environment's stack) is kept as it is.
      out[section][key] = wanted.has(key)
        ? keep
        : inScope(section, key)
          ? { ...keep, retired: true }
          : record;
    }
    // New users, in the order of their keys, take the lowest free block of the first pool with room.
    const fresh = [...wanted].filter(
      (k) => !(k in out[section]) && !problems.some((p) => p.section === section && p.key === k),
    );
    fresh.sort();
    let poolIndex = 0;
    let blockIndex = 0n;
    for (const key of fresh) {
      let block: Prefix | undefined;
      while (poolIndex < ranges.length && !block) {
        const pool = ranges[poolIndex];
        const blocks = 1n << BigInt(BLOCK - pool.length);
        while (blockIndex < blocks) {
          const candidate = subnetAt(pool, BLOCK, blockIndex++);
          if (!owner.has(candidate.address)) {
            block = candidate;
            break;
          }
        }
        if (!block) {
          poolIndex++;
          blockIndex = 0n;
        }
      }
      if (!block) {
        problems.push({
          section,
          key,
          message: `The ${section} pool has no free /${BLOCK} left for ${key}.`,
          value: pools[section].join(", ") || "(no pool)",
          allowed: `pools with a free /${BLOCK} per user (${wanted.size} in use, retired entries included)`,
          fix: `Add a range to the ${section} pool, or delete retired entries from the allocation file to free their blocks.`,
        });
        continue;
      }
      owner.set(block.address, key);
      out[section][key] = { prefix: formatPrefix(block) };
    }
  }
  // VLANs for peering users without one, lowest free first.
  let vlan = vlanMin;
  for (const key of Object.keys(out.peering).sort()) {
    const record = out.peering[key];
    if (record.vlan !== undefined || record.retired) continue;
    while (vlan <= vlanMax && vlanOwner.has(vlan)) vlan++;
    if (vlan > vlanMax) {
      problems.push({
        section: "peering",
        key,
        message: `No VLAN is left in ${pools.vlans.min}..${pools.vlans.max} for ${key}.`,
        value: `${pools.vlans.min}..${pools.vlans.max}`,
        allowed: `a VLAN range with a free VLAN per peering`,
        fix: "Widen the estate's VLAN range, or delete retired entries to free their VLANs.",
      });
      continue;
    }
    vlanOwner.set(vlan, key);
    out.peering[key] = { ...record, vlan };
  }
  const sorted = (section: Record<string, AllocationRecord>) =>
    Object.fromEntries(
      Object.keys(section)
        .sort()
        .map((k) => [k, section[k]]),
    );
  const result: AllocationFile = {
    version: 1,
    peering: sorted(out.peering),
    globalReach: sorted(out.globalReach),
  };
  return {
    file: result,
    problems,
    get: (section, key) => {
      const r = result[section][key];
      return r && !r.retired ? r : undefined;
    },
  };
}
