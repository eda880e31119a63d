import fc from "fast-check";
import { PolicyAnalyzer, type Violation } from "../lib/plan/analyzer";
import { defaultPolicyPack } from "../lib/plan/plan";
import { resolvePolicyConfig } from "../lib/plan/policy-config";
import { runProgram } from "../lib/plan/run-program";
import type { RecordedResource } from "../lib/plan/recorder";
import { createRequire } from "node:module";
import * as path from "node:path";
import { plainInputs, runPackInProcess } from "./in-process-pack";
import { setAt } from "./mutations";
import { propPaths } from "./pack-cases";

/** Results of sending fuzzed stacks to the pack as the engine does, over gRPC. */
export interface GrpcSampleResult {
  readonly cases: number;
  /** Cases where the pack reported something over gRPC. */
  readonly flagged: number;
  /** Cases where a call to the pack failed, or a policy reported that it failed. */
  readonly crashes: number;
  /** Cases whose verdicts over gRPC differ from the same pack's run in this process. */
  readonly disagreements: number;
  readonly seconds: number;
  readonly examples: readonly string[];
}

/** Pulumi's wire marker for a value unknown at preview. */
const WIRE_UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Values the engine can send (protobuf Struct: JSON, and the unknown marker). */
const wire: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 0.5, "", " ", WIRE_UNKNOWN),
  fc.integer(),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** The protobuf Struct the engine sends props in (from the SDK's own installation). */
const { Struct } = createRequire(require.resolve("@pulumi/pulumi/package.json"))(
  "google-protobuf/google/protobuf/struct_pb",
) as { Struct: { fromJavaScript(v: unknown): { toJavaScript(): Record<string, unknown> } } };

/** Props as they arrive over the wire (a Struct orders object keys, for one). */
function overTheWire(props: Record<string, unknown>): Record<string, unknown> {
  return Struct.fromJavaScript(props).toJavaScript();
}

const RAW_PROGRAM = path.resolve(__dirname, "../test/fixtures/raw-program");

/** What both paths must agree on: each verdict (policy, level, message), sorted. */
function verdicts(vs: readonly { policy: string; level: string; message: string }[]): string[] {
  return (
    vs
      .filter((v) => v.level === "mandatory" || v.level === "advisory")
      .filter((v) => !/can't run policy|cannot verify|only known at deploy time/i.test(v.message))
      // The engine's diagnostic starts with the policy's description; the finding is its last line.
      .map((v) => `${v.policy} ${v.level} ${v.message.split("\n").pop()}`)
      .sort()
  );
}

/**
 * Changes the serialized inputs of the compliant estate's resources at random (one to three changes), sends
 * the stack to the policy pack over gRPC exactly as `expressroute plan` does, and checks that nothing fails
 * and that the verdicts equal the pack's run in this process on the same inputs.
 */
export async function grpcSample(runs: number, seed: number): Promise<GrpcSampleResult> {
  const start = process.hrtime.bigint();
  const run = await runProgram(RAW_PROGRAM, {
    config: { scenario: "compliant-estate-standalone" },
    typeCheck: false,
  });
  const base = run.resources;
  const analyzer = await PolicyAnalyzer.start(defaultPolicyPack());
  const counts = { crashes: 0, disagreements: 0, flagged: 0 };
  const examples: string[] = [];
  try {
    const info = await analyzer.info();
    await analyzer.configure(resolvePolicyConfig(info.policies, undefined));
    const custom = base.map((r, i) => ({ r, i })).filter(({ r }) => r.custom);
    const change = fc.constantFrom(...custom).chain(({ r, i }) => {
      const paths = propPaths(r.serializedInputs);
      return fc.record({ index: fc.constant(i), path: fc.constantFrom(...paths), value: wire });
    });
    for (const changes of fc.sample(fc.array(change, { minLength: 1, maxLength: 3 }), {
      numRuns: runs,
      seed,
    })) {
      const resources: RecordedResource[] = base.map((r, i) => {
        const mine = changes.filter((c) => c.index === i);
        if (mine.length === 0) return r;
        const serializedInputs = mine.reduce<unknown>(
          (p, c) => setAt(p, c.path, c.value),
          r.serializedInputs,
        );
        const touched = new Set(mine.map((c) => String(c.path[0])));
        const propertyDependencies = Object.fromEntries(
          Object.entries(r.propertyDependencies).filter(([k]) => !touched.has(k)),
        );
        return { ...r, serializedInputs: serializedInputs as Record<string, unknown>, propertyDependencies };
      });
      const describe = changes
        .map((c) => `${base[c.index].name}.${c.path.join(".")} = ${fc.stringify(c.value).slice(0, 60)}`)
        .join("; ");
      let overGrpc: Violation[];
      try {
        overGrpc = [];
        for (const r of resources) overGrpc.push(...(await analyzer.analyze(r)));
        overGrpc.push(...(await analyzer.analyzeStack(resources)));
      } catch (e) {
        counts.crashes++;
        if (examples.length < 5)
          examples.push(`gRPC crash: ${String(e).slice(0, 400)}\n  changes: ${describe}`);
        continue;
      }
      if (overGrpc.some((v) => v.message.includes("The policy failed while checking"))) {
        counts.crashes++;
        if (examples.length < 5) examples.push(`policy failed over gRPC\n  changes: ${describe}`);
        continue;
      }
      const inProcess = runPackInProcess(
        resources
          .filter((r) => r.custom)
          .map((r) => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            props: plainInputs(overTheWire(r.serializedInputs)) as Record<string, unknown>,
            propertyDependencies: r.propertyDependencies,
          })),
      );
      const a = verdicts(overGrpc);
      const b = verdicts(inProcess);
      if (a.length > 0) counts.flagged++;
      if (JSON.stringify(a) !== JSON.stringify(b)) {
        counts.disagreements++;
        if (examples.length < 5) {
          const onlyGrpc = a.filter((x) => !b.includes(x));
          const onlyHere = b.filter((x) => !a.includes(x));
          examples.push(
            `gRPC and in-process verdicts differ\n  only over gRPC: ${onlyGrpc.join(" | ").slice(0, 500)}\n  only in process: ${onlyHere.join(" | ").slice(0, 500)}\n  changes: ${describe}`,
          );
        }
      }
    }
  } finally {
    analyzer.stop();
  }
  return {
    cases: runs,
    flagged: counts.flagged,
    crashes: counts.crashes,
    disagreements: counts.disagreements,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    examples,
  };
}
