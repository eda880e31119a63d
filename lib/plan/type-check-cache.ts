import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/**
 * A record of type checks that passed, so a plan of an unchanged program skips the type check (most of a
 * plan's time). An entry holds every file the check read with a digest of its content, and is used only when
 * each of them still has that content; any change (the program, a library's typings, tsconfig.json, the
 * compiler) checks again. Only passing checks are recorded. It lives under the nearest
 * `node_modules/.cache/pulumi-expressroute`, or the system's temporary directory.
 */
export interface TypeCheckCache {
  /** True when this check passed before and none of the files it read has changed since. */
  passedBefore(): boolean;
  /** Records that the check passed having read these files. */
  recordPass(files: readonly string[]): void;
}

interface Entry {
  readonly key: string;
  readonly files: Readonly<Record<string, string>>;
}

function digest(text: string | Buffer): string {
  return createHash("sha256").update(text).digest("hex");
}

function fileDigest(file: string): string | undefined {
  try {
    return digest(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/** The directory the cache lives in, for a program in `dir`. */
export function cacheDirectory(dir: string): string {
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, "node_modules")))
      return path.join(d, "node_modules", ".cache", "pulumi-expressroute", "type-check");
  }
  return path.join(os.tmpdir(), "pulumi-expressroute", "type-check");
}

/**
 * The cache of one check: the program's entry checked with these compiler options by this compiler version
 * (`key` holds all three).
 */
export function typeCheckCache(entry: string, key: string): TypeCheckCache {
  const file = path.join(cacheDirectory(path.dirname(entry)), `${digest(entry).slice(0, 24)}.json`);
  return {
    passedBefore() {
      let entryRead: Entry;
      try {
        entryRead = JSON.parse(fs.readFileSync(file, "utf8")) as Entry;
      } catch {
        return false;
      }
      if (entryRead.key !== key || typeof entryRead.files !== "object" || entryRead.files === null)
        return false;
      return Object.entries(entryRead.files).every(([f, d]) => fileDigest(f) === d);
    },
    recordPass(files) {
      const digests: Record<string, string> = {};
      for (const f of files) {
        const d = fileDigest(f);
        if (d === undefined) return; // a file the check read is gone: nothing to record
        digests[f] = d;
      }
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, JSON.stringify({ key, files: digests } satisfies Entry));
        fs.renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only costs the next plan its time.
      }
    },
  };
}
