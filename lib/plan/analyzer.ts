import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { ProgramError } from "./program-project";
import type { RecordedResource } from "./recorder";

/** A policy as the pack describes itself. */
export interface PolicyDescription {
  readonly name: string;
  readonly description: string;
  readonly enforcementLevel: EnforcementLevel;
  /** JSON schema of the policy's config: `{ properties, required }`. */
  readonly configSchema?: { properties?: Record<string, unknown>; required?: string[] };
}

export type EnforcementLevel = "advisory" | "mandatory" | "disabled" | "remediate";

/** One violation reported by the pack. */
export interface Violation {
  readonly policy: string;
  readonly level: EnforcementLevel;
  readonly message: string;
  readonly urn?: string;
}

/** Resolved config of one policy, as the engine sends it: its level and its properties. */
export interface PolicyConfig {
  readonly enforcementLevel: EnforcementLevel;
  readonly properties: Record<string, unknown>;
}

const LEVELS: EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];

/** The Pulumi SDK's generated protocol modules and gRPC, loaded from the same installation. */
function protocol() {
  const req = createRequire(require.resolve("@pulumi/pulumi/package.json"));
  return {
    grpc: req("@grpc/grpc-js"),
    rpc: req("@pulumi/pulumi/proto/analyzer_grpc_pb"),
    pb: req("@pulumi/pulumi/proto/analyzer_pb"),
    struct: req("google-protobuf/google/protobuf/struct_pb"),
    empty: req("google-protobuf/google/protobuf/empty_pb"),
  };
}

/** The entry file of a policy pack directory (PulumiPolicy.yaml, then package.json main, then index). */
function packEntry(dir: string): string {
  if (!fs.existsSync(path.join(dir, "PulumiPolicy.yaml"))) {
    throw new ProgramError(`no PulumiPolicy.yaml in ${dir}: --policy-pack must name a policy pack directory`);
  }
  const pkg = path.join(dir, "package.json");
  const main = fs.existsSync(pkg)
    ? (JSON.parse(fs.readFileSync(pkg, "utf8")) as { main?: string }).main
    : undefined;
  for (const f of [main, "index.ts", "index.js"]) {
    if (f && fs.existsSync(path.join(dir, f))) return path.join(dir, f);
  }
  throw new ProgramError(`${dir}: the policy pack has no entry file (index.ts or index.js)`);
}

/** How long the pack may take to answer one request before the plan gives up on it. */
export const ANALYZER_DEADLINE_SECONDS = 600;

/** The line of a crashed process's output that says what went wrong (an `Error: ...` line, else the first). */
function firstError(stderr: string): string {
  const lines = stderr
    .trim()
    .split("\n")
    .map((l) => l.trim());
  return (lines.find((l) => /^\w*Error\b.*:/.test(l)) ?? lines[0] ?? "").slice(0, 500);
}

/**
 * How node runs a pack's entry. TypeScript runs through tsx. While this library itself runs from its
 * TypeScript sources (in its repository), a pack that requires `pulumi-expressroute` gets those sources too
 * (the `development` export condition), so the pack and the plan run the same rules.
 */
function loaderArgs(entry: string): string[] {
  const fromSources = __filename.endsWith(".ts");
  const tsx = ["--require", require.resolve("tsx/cjs")];
  if (fromSources) return ["--conditions=development", ...tsx];
  return entry.endsWith(".ts") ? tsx : [];
}

/** How {@link PolicyAnalyzer.start} runs a pack. */
export interface AnalyzerStartOptions {
  /**
   * Run the pack exactly as Pulumi's Node.js policy host does: `@pulumi/pulumi/cmd/run-policy-pack` (as the
   * pack's directory resolves it) loads the pack's directory with ts-node registered, from that directory.
   * @default false (node runs the pack's entry file, TypeScript through tsx)
   */
  readonly pulumiHost?: boolean;
}

/** The command line of Pulumi's policy host for a pack (the engine's address it takes is not used offline). */
function pulumiHostArgs(packDir: string): string[] {
  let host: string;
  try {
    host = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDir] });
  } catch {
    throw new ProgramError(`${packDir}: @pulumi/pulumi is not installed where the policy pack can load it`);
  }
  return [host, "127.0.0.1:0", "."];
}

/** Policy pack processes running now: stopped when the plan ends, however it ends. */
const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Stops every policy pack process still running (on SIGINT, SIGTERM, a crash, or the process's exit). */
export function stopAllAnalyzers(): void {
  for (const c of children) c.kill();
  children.clear();
}

/**
 * A policy pack served the way the Pulumi engine runs one: its entry file runs in a child process (TypeScript
 * through tsx), `new PolicyPack(...)` starts the analyzer gRPC server and prints its port, and this client
 * sends it the same GetAnalyzerInfo, Configure, Analyze and AnalyzeStack requests the engine would.
 */
export class PolicyAnalyzer {
  private constructor(
    private readonly child: ChildProcess,
    private readonly client: any,
    private readonly proto: ReturnType<typeof protocol>,
    private readonly deadlineSeconds: number,
  ) {}

  /**
   * Starts the pack in `dir` and connects to it; each request the pack does not answer within
   * `deadlineSeconds` ends the plan with that reason.
   */
  static async start(
    dir: string,
    deadlineSeconds = ANALYZER_DEADLINE_SECONDS,
    options: AnalyzerStartOptions = {},
  ): Promise<PolicyAnalyzer> {
    const packDir = path.resolve(dir);
    const entry = packEntry(packDir);
    const args = options.pulumiHost ? pulumiHostArgs(packDir) : [...loaderArgs(entry), entry];
    const child = spawn(process.execPath, args, {
      cwd: options.pulumiHost ? packDir : path.dirname(entry),
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.add(child);
    child.on("exit", () => children.delete(child));
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.once("exit", stopAllAnalyzers);
    }
    let stderr = "";
    child.stderr?.on("data", (d) => (stderr += String(d)));
    const port = await new Promise<number>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d) => {
        out += String(d);
        const m = /^(\d+)\s*$/m.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.on("exit", (code) =>
        reject(
          new ProgramError(`the policy pack ${dir} exited (${code}) before serving: ${firstError(stderr)}`),
        ),
      );
    });
    const proto = protocol();
    const client = new proto.rpc.AnalyzerClient(`127.0.0.1:${port}`, proto.grpc.credentials.createInsecure());
    return new PolicyAnalyzer(child, client, proto, deadlineSeconds);
  }

  /** The pack's name, version and policies. */
  /** Sends one request, which the pack must answer within the deadline. */
  private call<T>(method: string, request: unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      const options = { deadline: Date.now() + this.deadlineSeconds * 1000 };
      const metadata = new this.proto.grpc.Metadata();
      this.client[method](request, metadata, options, (err: (Error & { code?: number }) | null, res: T) => {
        if (!err) resolve(res);
        // 4 is gRPC's DEADLINE_EXCEEDED.
        else if (err.code === 4)
          reject(
            new ProgramError(
              `the policy pack did not answer ${method} within ${this.deadlineSeconds} s, so the plan has no verdict`,
            ),
          );
        else reject(new ProgramError(`the policy pack failed to answer ${method}: ${err.message}`));
      });
    });
  }

  /** The pack's analyzer info, asked once per analyzer (as the engine asks once per run). */
  info(): Promise<{ name: string; version: string; policies: PolicyDescription[] }> {
    this.infoOnce ??= this.askInfo();
    return this.infoOnce;
  }

  private infoOnce?: Promise<{ name: string; version: string; policies: PolicyDescription[] }>;
  /** The config last sent, so a plan with the same config does not configure the pack again. */
  private configured?: string;

  private async askInfo(): Promise<{ name: string; version: string; policies: PolicyDescription[] }> {
    const info: any = await this.call("getAnalyzerInfo", new this.proto.empty.Empty());
    return {
      name: info.getName(),
      version: info.getVersion(),
      policies: info.getPoliciesList().map((p: any) => ({
        name: p.getName(),
        description: p.getDescription(),
        enforcementLevel: LEVELS[p.getEnforcementlevel()],
        configSchema: p.getConfigschema()
          ? {
              properties: p.getConfigschema().getProperties()?.toJavaScript(),
              required: p.getConfigschema().getRequiredList(),
            }
          : undefined,
      })),
    };
  }

  /** Sends the resolved config of every policy (level and properties), as the engine does. */
  async configure(config: Readonly<Record<string, PolicyConfig>>): Promise<void> {
    const text = JSON.stringify(config);
    if (text === this.configured) return;
    const { pb, struct } = this.proto;
    const req = new pb.ConfigureAnalyzerRequest();
    const map = req.getPolicyconfigMap();
    for (const [name, c] of Object.entries(config)) {
      const pc = new pb.PolicyConfig();
      pc.setEnforcementlevel(LEVELS.indexOf(c.enforcementLevel));
      pc.setProperties(struct.Struct.fromJavaScript(c.properties));
      map.set(name, pc);
    }
    await this.call("configure", req);
    this.configured = text;
  }

  private resourceMessage<T>(Type: new () => T, r: RecordedResource): T {
    const { pb, struct } = this.proto;
    const m: any = new Type();
    m.setType(r.type);
    m.setName(r.name);
    m.setUrn(r.urn);
    m.setProperties(struct.Struct.fromJavaScript(r.serializedInputs));
    const opts = new pb.AnalyzerResourceOptions();
    opts.setProtect(r.protect);
    opts.setAdditionalsecretoutputsList([...r.additionalSecretOutputs]);
    if (r.parent) opts.setParent(r.parent);
    m.setOptions(opts);
    return m as T;
  }

  private diagnostics(response: any): Violation[] {
    return response.getDiagnosticsList().map((d: any) => ({
      policy: d.getPolicyname(),
      level: LEVELS[d.getEnforcementlevel()],
      message: d.getMessage(),
      urn: d.getUrn() || undefined,
    }));
  }

  /** Runs the resource policies on one resource, with its inputs as the engine sends them. */
  async analyze(r: RecordedResource): Promise<Violation[]> {
    const violations = this.diagnostics(
      await this.call("analyze", this.resourceMessage(this.proto.pb.AnalyzeRequest, r)),
    );
    // The engine attributes a resource policy's violations to the resource analyzed.
    return violations.map((v) => ({ ...v, urn: v.urn ?? r.urn }));
  }

  /** Runs the stack policies on every resource, with parents, dependencies and property dependencies. */
  async analyzeStack(resources: readonly RecordedResource[]): Promise<Violation[]> {
    const { pb } = this.proto;
    const req = new pb.AnalyzeStackRequest();
    req.setResourcesList(
      resources.map((r) => {
        const m: any = this.resourceMessage(pb.AnalyzerResource, r);
        if (r.parent) m.setParent(r.parent);
        m.setDependenciesList([...r.dependencies]);
        const deps = m.getPropertydependenciesMap();
        for (const [k, urns] of Object.entries(r.propertyDependencies)) {
          const d = new pb.AnalyzerPropertyDependencies();
          d.setUrnsList([...urns]);
          deps.set(k, d);
        }
        return m;
      }),
    );
    return this.diagnostics(await this.call("analyzeStack", req));
  }

  /** Stops the pack's process. */
  stop(): void {
    this.client.close?.();
    this.child.kill();
    children.delete(this.child);
  }
}
