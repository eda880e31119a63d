import { distance } from "fastest-levenshtein";

/** A name reduced to what users get wrong least: lower case letters and digits only. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * The candidates closest to a mistyped name (edit distance over {@link nameKey}, so case, spaces and
 * punctuation do not count), best first; only those close enough to be a plausible typo.
 */
export function closestNames(input: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = nameKey(input);
  if (wanted === "") return [];
  // A typo changes at most about a third of a name; farther names are not suggestions but noise.
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  const scored: { name: string; d: number }[] = [];
  const seen = new Set<string>();
  for (const name of candidates) {
    const k = nameKey(name);
    if (seen.has(k)) continue;
    seen.add(k);
    // A name that starts like the input (`Amster` for Amsterdam) is as good as a near typo.
    const d = k.startsWith(wanted) && wanted.length >= 3 ? 1 : distance(wanted, k);
    if (d <= limit) scored.push({ name, d });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}

/** " (did you mean X or Y?)" for a finding's message, or "" when nothing is close. */
export function didYouMean(input: unknown, candidates: Iterable<string>): string {
  if (typeof input !== "string") return "";
  const names = closestNames(input, candidates);
  if (names.length === 0) return "";
  const quoted = names.map((n) => JSON.stringify(n));
  const list =
    quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
  return ` Did you mean ${list}?`;
}
