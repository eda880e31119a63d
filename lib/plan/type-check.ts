import * as path from "node:path";
import type * as TS from "typescript";
import { ProgramError } from "./program-project";
import { typeCheckCache } from "./type-check-cache";

const DEFAULT_OPTIONS: TS.CompilerOptions = {
  strict: true,
  target: 99 /* ESNext */,
  module: 1 /* CommonJS */,
  moduleResolution: 2 /* Node10 */,
  esModuleInterop: true,
  skipLibCheck: true,
  resolveJsonModule: true,
};

let previous: TS.Program | undefined;

/**
 * Type-checks a TypeScript program as Pulumi's Node.js host does before running it, with the program's
 * tsconfig.json when it has one. Throws a {@link ProgramError} naming the first error as file:line:column.
 * A check that passed before, of files that have not changed since, is not repeated (`useCache`).
 */
export function typeCheckProgram(entry: string, useCache = true): void {
  if (!entry.endsWith(".ts")) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a program is TypeScript
  const ts = require("typescript") as typeof TS;
  let options = DEFAULT_OPTIONS;
  const configPath = ts.findConfigFile(path.dirname(entry), ts.sys.fileExists, "tsconfig.json");
  if (configPath) {
    const read = ts.readConfigFile(configPath, ts.sys.readFile);
    if (!read.error) {
      options = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath)).options;
    }
  }
  const checked = { ...options, noEmit: true, skipLibCheck: true, incremental: false };
  const cache = useCache
    ? typeCheckCache(entry, JSON.stringify({ typescript: ts.version, configPath, options: checked }))
    : undefined;
  if (cache?.passedBefore()) return;
  // Reusing the previous program lets a second check in the same process skip re-parsing the SDK's typings.
  const program = ts.createProgram({ rootNames: [entry], options: checked, oldProgram: previous });
  previous = program;
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length === 0) {
    const read = program.getSourceFiles().map((f) => path.resolve(f.fileName));
    cache?.recordPass(configPath ? [...read, path.resolve(configPath)] : read);
    return;
  }
  const [first] = errors;
  const text = ts.flattenDiagnosticMessageText(first.messageText, "\n").split("\n")[0];
  let where = "";
  if (first.file && first.start !== undefined) {
    const { line, character } = first.file.getLineAndCharacterOfPosition(first.start);
    where = `${path.relative(process.cwd(), first.file.fileName)}:${line + 1}:${character + 1}: `;
  }
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  throw new ProgramError(`TypeScript error: ${where}${text} [TS${first.code}]${more}`);
}
