import { Command, CommanderError, Option } from "commander";
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_TIMEOUT_SECONDS, defaultMaxMemoryMb } from "./isolated-run";
import { plan } from "./plan";
import type { PolicyPackConfigFile } from "./policy-config";
import { ProgramError } from "./program-project";
import { diffAgainstState } from "../diff/diff";
import { diffJson, diffText, diffVerdict } from "../diff/report";
import { parseStackExport } from "../diff/stack-export";
import { EXIT_CODES, errorJson, planJson, refusedJson, verdictOf } from "./plan-json";
import { ProgramRefused } from "./refusals";
import { planText } from "./report";
import { planHtml } from "../report/html-report";
import { planMermaid } from "../report/mermaid";

/** Exit codes: no mandatory violation, some mandatory violation, a broken program or broken arguments. */
export const EXIT = { pass: 0, mandatory: 1, broken: 2 } as const;

interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Where the planned program's own console output goes. @default standard error */
  readonly programOutput?: NodeJS.WritableStream;
}

const STD_IO: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** A commander parser for a positive number, naming the flag when the value is not one. */
function positiveNumber(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new ProgramError(`${flag} takes a positive number, got "${value}"`);
    return n;
  };
}

function collect(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf("=");
  if (eq <= 0) throw new ProgramError(`--config takes key=value, got "${value}"`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}

/** A file's text, or a one-line reason naming the flag that gave it. */
/** Writes a report file, or fails naming the option and why. */
function writeText(file: string, text: string, flag: string): void {
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new ProgramError(
      `${flag} ${file}: cannot write it (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
}

function readText(file: string, flag: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ProgramError(`${flag} ${file}: ${(e as Error).message.split("\n")[0]}`);
  }
}

function readPolicyConfig(file: string | undefined): PolicyPackConfigFile | undefined {
  if (!file) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as PolicyPackConfigFile;
  } catch (e) {
    throw new ProgramError(`--policy-pack-config ${file}: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** Runs the `expressroute` command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = STD_IO): Promise<number> {
  let code: number = EXIT.pass;
  const program = new Command("expressroute")
    .description("Offline preview of Pulumi programs for Azure ExpressRoute, with the policy pack's verdicts")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const withPlanOptions = (command: Command, defaultStack: string | undefined) =>
    command
      .argument("[PROGRAM_DIR]", "directory with Pulumi.yaml", ".")
      .option("--policy-pack <DIR>", "policy pack directory (default: this library's policies/)")
      .option("--policy-pack-config <FILE>", "policy config JSON, as for pulumi preview --policy-pack-config")
      .option("--config <key=value>", "stack config (repeatable)", collect, {})
      .option(
        "--stack <NAME>",
        defaultStack ? "stack name the program sees" : "stack name the program sees (default: the state's)",
        defaultStack,
      )
      .option("--json", "print one JSON document on stdout")
      .option("--preview", "give new resources unknown ids, as a real preview does")
      .addOption(new Option("--no-type-check", "skip the TypeScript type check"))
      .option(
        "--timeout <seconds>",
        `give up on a program that has not finished after this many seconds (default: ${DEFAULT_TIMEOUT_SECONDS})`,
        positiveNumber("--timeout"),
      )
      .option(
        "--max-memory <MB>",
        `heap the program may use, in MB (default: half of this machine's memory, ${defaultMaxMemoryMb()})`,
        positiveNumber("--max-memory"),
      );
  const planWith = (dir: string, opts: Record<string, any>, stack: string) =>
    plan(dir, {
      policyPack: opts.policyPack,
      policyConfig: readPolicyConfig(opts.policyPackConfig),
      config: opts.config,
      stack,
      preview: Boolean(opts.preview),
      typeCheck: opts.typeCheck,
      isolate: { timeoutSeconds: opts.timeout, maxMemoryMb: opts.maxMemory, programOutput: io.programOutput },
    });
  withPlanOptions(
    program
      .command("plan")
      .description(
        "Run a Pulumi program under the mock runtime and check it with the policy pack (no credentials, no CLI)",
      ),
    "dev",
  )
    .option("--html <FILE>", "also write the topology report (one self-contained HTML file with the drawing)")
    .option(
      "--mermaid <FILE>",
      "also write the topology as a Mermaid flowchart (`-`: print it instead of the plan)",
    )
    .action(async (dir: string, opts) => {
      json = Boolean(opts.json);
      // A report that cannot be written is said before the plan runs, not after.
      for (const [flag, file] of [
        ["--html", opts.html],
        ["--mermaid", opts.mermaid === "-" ? undefined : opts.mermaid],
      ] as const)
        if (file && !fs.existsSync(path.dirname(path.resolve(file))))
          throw new ProgramError(`${flag} ${file}: its directory does not exist`);
      const result = await planWith(dir, opts, opts.stack);
      if (opts.html) writeText(opts.html, await planHtml(result), "--html");
      const flowchart = opts.mermaid ? planMermaid(result) : undefined;
      if (flowchart !== undefined && opts.mermaid !== "-") writeText(opts.mermaid, flowchart, "--mermaid");
      io.out(
        flowchart !== undefined && opts.mermaid === "-"
          ? flowchart
          : json
            ? document(planJson(result))
            : `${planText(result)}\n`,
      );
      code = EXIT_CODES[verdictOf(result)];
    });
  withPlanOptions(
    program
      .command("diff")
      .description(
        "Plan a program and check it against the deployed stack (pulumi stack export): refuse the changes Azure refuses or that cause an outage",
      )
      .requiredOption("--state <FILE>", "the stack's state, as `pulumi stack export` writes it"),
    undefined,
  ).action(async (dir: string, opts) => {
    json = Boolean(opts.json);
    const state = parseStackExport(readText(opts.state, "--state"), opts.state);
    const result = await planWith(dir, opts, opts.stack ?? (state.stack || "dev"));
    const diff = diffAgainstState(result, state);
    io.out(json ? document(diffJson(diff, result)) : `${diffText(diff, result, opts.state)}\n`);
    code = diffVerdict(diff, result) === "refused" ? EXIT.mandatory : EXIT.pass;
  });
  // Until the options are parsed, a `--json` anywhere asks for the error as a document too.
  let json = argv.includes("--json");
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT.pass;
      // commander already printed the one-line reason
      if (json) io.out(document(errorJson(e.message.replace(/^error: /, ""))));
      return EXIT.broken;
    }
    if (e instanceof ProgramRefused) {
      io.err(`expressroute: ${e.message}\n`);
      if (json) io.out(document(refusedJson(e.refusals)));
      return EXIT.broken;
    }
    const reason = e instanceof Error ? e.message || e.name : String(e);
    io.err(`expressroute: ${reason}\n`);
    if (json) io.out(document(errorJson(reason)));
    return EXIT.broken;
  }
}

/** One JSON document, as stdout carries it. */
function document(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
