import { execFileSync, spawn } from "node:child_process";
import * as path from "node:path";
import { Writable } from "node:stream";
import { main } from "../../lib/plan/cli";

// Issue 8: a plan that did not see the program complete never passes. Each hostile program runs in the plan's
// worker thread, as `expressroute plan` runs every program.

const root = path.resolve(__dirname, "../..");
const hostile = (name: string) => path.join(root, "test/fixtures/hostile", name);

/** Runs the command in this process; the program's own output is captured apart from the report. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string; program: string }> {
  let out = "";
  let err = "";
  let program = "";
  const programOutput = new Writable({
    write(chunk, _encoding, done) {
      program += String(chunk);
      done();
    },
  });
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), programOutput });
  return { code, out, err, program };
}

describe("a plan that did not see the program finish exits 2 with the reason, never 0 or 1", () => {
  it.each([
    [
      "a program whose export never settles, with nothing left to run",
      "never-settles",
      [],
      /the program stopped \(exit 0\) before it finished, with nothing left to run: its code returned, but its stack outputs never resolved/,
    ],
    [
      "a program still running at the time limit",
      "keeps-running",
      ["--timeout", "1"],
      // What was pending depends on how far a busy machine got in 1 s; describePending's own test covers each.
      /the program did not finish within 1 s: (its code returned, but its stack outputs never resolved|its code had not returned|it had not started: the plan was still loading).*raise the limit with --timeout/,
    ],
    [
      "a program that throws undefined",
      "throws-undefined",
      [],
      /the program failed: it threw undefined \(no error object, no message\)/,
    ],
    [
      "a program that calls process.exit(0)",
      "exits-zero",
      [],
      /the program called process\.exit\(0\) before the plan saw it finish.*returns \(or throws\) instead of exiting/,
    ],
    [
      "a resource whose input never resolves",
      "input-never-resolves",
      ["--timeout", "20"],
      /never registered \(an input that never resolves\?\): azure-native:network:RouteFilter filter/,
    ],
    [
      "an input whose apply throws once the program has returned",
      "apply-throws",
      [],
      /the program failed.*the group name could not be computed/,
    ],
    [
      "a promise rejected while the program runs, that nothing handles",
      "rejects-unhandled",
      [],
      /the program failed.*a background task failed/,
    ],
    [
      "a program that runs out of memory",
      "runs-out-of-memory",
      ["--max-memory", "64"],
      /the plan ran out of memory: the program used more than its 64 MB of heap.*--max-memory <MB>/,
    ],
  ])("%s", async (_what, program, flags, reason) => {
    const r = await cli("plan", hostile(program), "--no-type-check", ...flags);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^expressroute: /);
    expect(r.err).toMatch(reason);
    expect(r.err).not.toMatch(/\n\s+at /); // a reason, not a stack trace
  });

  it("keeps the program's console output off standard output, so --json prints only the document", async () => {
    const r = await cli("plan", hostile("prints-to-stdout"), "--no-type-check", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).resources.map((x: { name: string }) => x.name)).toContain("filter");
    expect(r.program).toContain("hello from the program");
    expect(r.program).toContain("{ not json");
  });

  it("reports a policy that throws as a violation of that policy at its level, keeping every other verdict", async () => {
    const r = await cli(
      "plan",
      path.join(root, "test/fixtures/raw-program"),
      "--no-type-check",
      "--json",
      "--config",
      "scenario=single-30-inline",
      "--policy-pack",
      path.join(root, "test/fixtures/throwing-pack"),
    );
    expect(r.code).toBe(1);
    const seen = JSON.parse(r.out).violations.map((v: { policy: string; level: string }) => [
      v.policy,
      v.level,
    ]);
    expect(seen.sort()).toEqual([
      ["broken-rule", "advisory"],
      ["broken-stack-rule", "mandatory"],
      ["peering-dual-bgp", "mandatory"],
    ]);
    const broken = JSON.parse(r.out).violations.find((v: { policy: string }) => v.policy === "broken-rule");
    expect(broken.message).toContain("er-ams: (policy broken-rule): The policy failed while checking this");
    expect(broken.message).toContain("Cannot read properties of undefined");
  });

  it("gives up on a policy pack that does not answer within the time limit", async () => {
    const r = await cli(
      "plan",
      path.join(root, "test/fixtures/raw-program"),
      "--no-type-check",
      "--config",
      "scenario=compliant-inline",
      "--timeout",
      "3",
      "--policy-pack",
      path.join(root, "test/fixtures/hanging-pack"),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /the policy pack did not answer analyzeStack within 3 s, so the plan has no verdict/,
    );
  });
});

describe("the expressroute command stops what it started, however it ends", () => {
  const bin = path.join(root, "cli/expressroute.js");
  /** The policy pack processes the command with this pid started (and has not stopped). */
  const packProcesses = (pid: number) => {
    try {
      return execFileSync("pgrep", ["-P", String(pid), "-f", "test/fixtures/hanging-pack"], {
        encoding: "utf8",
      }).trim();
    } catch {
      return ""; // pgrep exits 1 when nothing matches
    }
  };

  // The two signals run side by side: each waits on its own command and policy pack process.
  it.concurrent.each(["SIGINT", "SIGTERM"] as const)(
    "exits 2 on %s while the policy pack is analyzing, and leaves no policy pack process behind",
    async (signal) => {
      const child = spawn(
        process.execPath,
        [
          bin,
          "plan",
          path.join(root, "test/fixtures/raw-program"),
          "--no-type-check",
          "--config",
          "scenario=compliant-inline",
          "--policy-pack",
          path.join(root, "test/fixtures/hanging-pack"),
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let err = "";
      child.stderr.on("data", (d) => (err += String(d)));
      // Wait until the pack is serving (and hanging), then interrupt.
      const pid = child.pid!;
      for (let i = 0; i < 300 && !packProcesses(pid); i++) await new Promise((r) => setTimeout(r, 100));
      const pack = packProcesses(pid);
      expect(pack).not.toBe("");
      await new Promise((r) => setTimeout(r, 500));
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on("exit", r));
      expect(code).toBe(2);
      expect(err).toMatch(/expressroute: (interrupted|stopped) \(SIG(INT|TERM)\): the plan did not finish/);
      // The pack process is gone (its parent exited, so look it up by its own pid).
      const alive = () => {
        try {
          process.kill(Number(pack), 0);
          return true;
        } catch {
          return false;
        }
      };
      for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(alive()).toBe(false);
    },
  );
});
