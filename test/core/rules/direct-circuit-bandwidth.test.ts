import { UNKNOWN } from "../../../lib/core/model";
import { directCircuitBandwidth } from "../../../lib/core/rules/direct-circuit-bandwidth";
import {
  DIRECT_CIRCUIT,
  VALID_MODELS,
  directModel,
  directProperties,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  run,
} from "./fixtures";

const ruleId = "direct-circuit-bandwidth";

/** A circuit of `bandwidthInGbps` on the model's port of `portSpeed` Gbps. */
function onPort(portSpeed: unknown, bandwidthInGbps: unknown) {
  return directModel(
    { bandwidthInGbps: portSpeed as number },
    { direct: directProperties({ bandwidthInGbps: bandwidthInGbps as number }) },
  );
}

/** A circuit on a port outside the model, whose speed the circuit states. */
function onExistingPort(portBandwidthInGbps: unknown, bandwidthInGbps: unknown) {
  return directModel(
    {},
    {
      direct: directProperties({
        portKey: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/expressRoutePorts/existing",
        portBandwidthInGbps: portBandwidthInGbps as number,
        bandwidthInGbps: bandwidthInGbps as number,
      }),
    },
  );
}

describe("direct-circuit-bandwidth", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directCircuitBandwidth, m)).toEqual([]);
  });

  it.each([
    [10, 1],
    [10, 2],
    [10, 5],
    [10, 10],
    [100, 5],
    [100, 10],
    [100, 40],
    [100, 100],
    [400, 5],
    [400, 200],
    [400, 400],
  ])("accepts on a %d Gbps port a %d Gbps circuit", (portSpeed, bw) => {
    expect(run(directCircuitBandwidth, onPort(portSpeed, bw))).toEqual([]);
  });

  it("accepts a circuit on a port outside the model whose speed it states", () => {
    expect(run(directCircuitBandwidth, onExistingPort(100, 40))).toEqual([]);
  });

  it("leaves a port of an unsupported speed to direct-port-valid", () => {
    expect(run(directCircuitBandwidth, onPort(25, 5))).toEqual([]);
  });

  it.each([
    { what: "a 40 Gbps circuit on a 10 Gbps port", m: onPort(10, 40), bad: 40, allowed: "1, 2, 5, 10" },
    { what: "a 1 Gbps circuit on a 100 Gbps port", m: onPort(100, 1), bad: 1, allowed: "5, 10, 40, 100" },
    {
      what: "a 400 Gbps circuit on a 100 Gbps port",
      m: onPort(100, 400),
      bad: 400,
      allowed: "5, 10, 40, 100",
    },
    { what: "a 3 Gbps circuit on a 400 Gbps port", m: onPort(400, 3), bad: 3, allowed: "200, 400" },
    {
      what: "a circuit with an unset bandwidth",
      m: onPort(10, undefined),
      bad: undefined,
      allowed: "1, 2, 5, 10",
    },
    {
      what: "a 100 Gbps circuit on a port outside the model stated to be 10 Gbps",
      m: onExistingPort(10, 100),
      bad: 100,
      allowed: "1, 2, 5, 10",
    },
  ])("rejects $what", ({ m, bad, allowed }) => {
    const f = expectOnly(run(directCircuitBandwidth, m), {
      ruleId,
      severity: "mandatory",
      path: "bandwidthInGbps",
      resource: DIRECT_CIRCUIT,
    });
    expectValueShows(f, bad);
    expect(f.allowed).toContain(allowed);
  });

  it("checks against the speed of the port in the model, not the speed the circuit states", () => {
    const m = directModel(
      { bandwidthInGbps: 10 },
      { direct: directProperties({ portBandwidthInGbps: 100, bandwidthInGbps: 40 }) },
    );
    expectOnly(run(directCircuitBandwidth, m), { ruleId, severity: "mandatory", path: "bandwidthInGbps" });
  });

  it.each([
    {
      what: "a port outside the model whose speed the circuit does not state",
      direct: { portKey: "existing-port", portBandwidthInGbps: undefined },
    },
    {
      what: "a port whose id is only known at deploy time",
      direct: { portKey: UNKNOWN, portBandwidthInGbps: undefined },
    },
  ])("reports the speed of $what as unverifiable, never as a violation", ({ direct }) => {
    const f = expectOnlyUnverifiable(
      run(directCircuitBandwidth, directModel({}, { direct: directProperties(direct) })),
      ruleId,
      "expressRoutePort",
      DIRECT_CIRCUIT,
    );
    expect(f.value).toBe("(unknown until deployment)");
  });

  it("checks against the speed the circuit states when the port's id is only known at deploy time", () => {
    const m = directModel(
      {},
      { direct: directProperties({ portKey: UNKNOWN, portBandwidthInGbps: 10, bandwidthInGbps: 40 }) },
    );
    expectOnly(run(directCircuitBandwidth, m), {
      ruleId,
      severity: "mandatory",
      path: "bandwidthInGbps",
      resource: DIRECT_CIRCUIT,
    });
  });

  it("skips a circuit declared outside the model", () => {
    const m = directModel(
      { bandwidthInGbps: 10 },
      { external: true, direct: directProperties({ bandwidthInGbps: 40 }) },
    );
    expect(run(directCircuitBandwidth, m)).toEqual([]);
    const unknownSpeed = directModel(
      {},
      {
        external: true,
        direct: directProperties({ portKey: "existing-port", portBandwidthInGbps: undefined }),
      },
    );
    expect(run(directCircuitBandwidth, unknownSpeed)).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = directModel(
      { bandwidthInGbps: 10 },
      {
        origin: { resource: DIRECT_CIRCUIT, path: "circuits[1]", fields: { expressRoutePort: "port" } },
        direct: directProperties({ bandwidthInGbps: 40 }),
      },
    );
    expectOnly(run(directCircuitBandwidth, m), {
      ruleId,
      severity: "mandatory",
      path: "circuits[1].bandwidthInGbps",
    });
    const unknownPort = directModel(
      {},
      {
        origin: { resource: DIRECT_CIRCUIT, path: "circuits[1]", fields: { expressRoutePort: "port" } },
        direct: directProperties({ portKey: "existing-port" }),
      },
    );
    expectOnlyUnverifiable(run(directCircuitBandwidth, unknownPort), ruleId, "port", DIRECT_CIRCUIT);
  });

  it.each([
    { what: "the circuit's bandwidth", m: onPort(10, UNKNOWN), path: "bandwidthInGbps" },
    { what: "the speed of the port in the model", m: onPort(UNKNOWN, 5), path: "expressRoutePort" },
    {
      what: "the speed of a port outside the model",
      m: onExistingPort(UNKNOWN, 5),
      path: "expressRoutePort",
    },
  ])("reports an unknown value of $what as unverifiable, never as a violation", ({ m, path }) => {
    expectOnlyUnverifiable(run(directCircuitBandwidth, m), ruleId, path, DIRECT_CIRCUIT);
  });
});
