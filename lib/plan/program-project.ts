import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

/** Why a program cannot be planned; the CLI prints the message and exits 2. */
export class ProgramError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProgramError";
  }
}

/** What the plan needs from a program's Pulumi.yaml. */
export interface PulumiProject {
  readonly name: string;
  /** Absolute path of the program directory. */
  readonly dir: string;
  /** Absolute path of the file to load. */
  readonly entry: string;
}

function runtimeName(runtime: unknown): unknown {
  return typeof runtime === "object" && runtime !== null ? (runtime as { name?: unknown }).name : runtime;
}

/** The entry file of a program directory, as Pulumi's Node.js host would pick it. */
function entryOf(mainDir: string): string | undefined {
  const pkgPath = path.join(mainDir, "package.json");
  if (fs.existsSync(pkgPath)) {
    const main = (JSON.parse(fs.readFileSync(pkgPath, "utf8")) as { main?: string }).main;
    if (main) {
      const p = path.resolve(mainDir, main);
      for (const candidate of [p, `${p}.ts`, `${p}.js`, path.join(p, "index.ts"), path.join(p, "index.js")]) {
        if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
      }
    }
  }
  for (const name of ["index.ts", "index.js"]) {
    const p = path.join(mainDir, name);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

/** Reads PROGRAM_DIR/Pulumi.yaml and finds the program's entry file. */
export function readProject(programDir: string): PulumiProject {
  const dir = path.resolve(programDir);
  const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file)
    throw new ProgramError(`no Pulumi.yaml in ${dir}: point expressroute plan at a Pulumi program directory`);
  let doc: Record<string, unknown>;
  try {
    doc = (parse(fs.readFileSync(file, "utf8")) ?? {}) as Record<string, unknown>;
  } catch (e) {
    throw new ProgramError(`${file}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  if (typeof doc.name !== "string" || doc.name === "")
    throw new ProgramError(`${file}: the project has no name`);
  if (runtimeName(doc.runtime) !== "nodejs") {
    throw new ProgramError(
      `${file}: runtime is ${JSON.stringify(runtimeName(doc.runtime))}; expressroute plan runs nodejs programs`,
    );
  }
  const mainPath = path.resolve(dir, typeof doc.main === "string" ? doc.main : ".");
  const entry =
    fs.existsSync(mainPath) && fs.statSync(mainPath).isFile()
      ? mainPath
      : fs.existsSync(mainPath)
        ? entryOf(mainPath)
        : undefined;
  if (!entry) throw new ProgramError(`${file}: no program entry (index.ts or index.js) in ${mainPath}`);
  return { name: doc.name, dir, entry };
}

/** A value of a stack's config file that only the Pulumi CLI can decrypt. */
export const SECURE_PLACEHOLDER = "[secure value: not available offline]";

/**
 * The config of `Pulumi.<stack>.yaml` next to Pulumi.yaml, as the Pulumi CLI would give it to the program:
 * keys in `namespace:key` form, values as strings (objects and lists as JSON). A `secure:` value cannot be
 * decrypted offline: the program gets a placeholder, marked secret. A missing file is no config.
 */
export function readStackConfig(
  dir: string,
  stack: string,
): { config: Record<string, string>; secretKeys: string[] } {
  const file = [`Pulumi.${stack}.yaml`, `Pulumi.${stack}.yml`]
    .map((f) => path.join(dir, f))
    .find((f) => fs.existsSync(f));
  if (!file) return { config: {}, secretKeys: [] };
  let doc: { config?: Record<string, unknown> } | null;
  try {
    doc = parse(fs.readFileSync(file, "utf8")) as typeof doc;
  } catch (e) {
    throw new ProgramError(`${file}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const [key, value] of Object.entries(doc?.config ?? {})) {
    if (typeof value === "object" && value !== null && "secure" in value) {
      config[key] = SECURE_PLACEHOLDER;
      secretKeys.push(key);
    } else config[key] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return { config, secretKeys };
}
