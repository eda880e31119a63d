import { firstAddress, lastAddress, type Prefix } from "./prefix";

/** A prefix with a label saying where it came from (a property path, a resource). */
export interface LabelledPrefix<L> {
  readonly prefix: Prefix;
  readonly label: L;
}

/** One overlap: `later` shares addresses with `earlier`, a prefix that starts at or before it. */
export interface Overlap<L> {
  readonly earlier: LabelledPrefix<L>;
  readonly later: LabelledPrefix<L>;
}

/**
 * Finds overlapping prefixes in O(n log n): sorts by family and first address, then sweeps, keeping the prefix
 * that reaches furthest so far. Every prefix that overlaps an earlier one is reported once, paired with the
 * furthest-reaching earlier prefix; a prefix that overlaps nothing is never reported. IPv4 and IPv6 never
 * overlap each other.
 */
export function findOverlaps<L>(items: readonly LabelledPrefix<L>[]): Overlap<L>[] {
  const sorted = items
    .map((item) => ({ item, first: firstAddress(item.prefix), last: lastAddress(item.prefix) }))
    .sort((a, b) =>
      a.item.prefix.family !== b.item.prefix.family
        ? a.item.prefix.family - b.item.prefix.family
        : a.first < b.first
          ? -1
          : a.first > b.first
            ? 1
            : a.last > b.last
              ? -1
              : a.last < b.last
                ? 1
                : 0,
    );
  const found: Overlap<L>[] = [];
  let reach: (typeof sorted)[number] | undefined;
  for (const cur of sorted) {
    if (reach && reach.item.prefix.family === cur.item.prefix.family && cur.first <= reach.last) {
      found.push({ earlier: reach.item, later: cur.item });
      if (cur.last > reach.last) reach = cur;
    } else {
      reach = cur;
    }
  }
  return found;
}
