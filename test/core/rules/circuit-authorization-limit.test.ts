import { UNKNOWN, type CircuitModel } from "../../../lib/core/model";
import { circuitAuthorizationLimit } from "../../../lib/core/rules/circuit-authorization-limit";
import {
  CIRCUIT,
  DIRECT_CIRCUIT,
  VALID_MODELS,
  circuit,
  directCircuit,
  directProperties,
  expectOnly,
  expectOnlyUnverifiable,
  model,
  port,
  provider,
  run,
  sku,
} from "./fixtures";

const ruleId = "circuit-authorization-limit";
const PREMIUM = sku({ tier: "Premium", name: "Premium_MeteredData" });
const LOCAL = sku({ tier: "Local", family: "UnlimitedData", name: "Local_UnlimitedData" });

/** The Amsterdam circuit (1 Gbps Standard unless overridden) with `count` authorizations. */
function authorized(count: CircuitModel["authorizations"], overrides: Partial<CircuitModel> = {}) {
  return model({ circuits: [circuit({ authorizations: count, ...overrides })] });
}

describe("circuit-authorization-limit", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(circuitAuthorizationLimit, m)).toEqual([]);
  });

  it.each([
    { what: "10 authorizations on a Standard circuit", m: authorized(10) },
    { what: "10 authorizations on a Local circuit", m: authorized(10, { sku: LOCAL }) },
    { what: "50 authorizations on a Premium 1 Gbps circuit", m: authorized(50, { sku: PREMIUM }) },
    {
      what: "100 authorizations on a Premium 10 Gbps circuit",
      m: authorized(100, { sku: PREMIUM, provider: provider({ bandwidthInMbps: 10000 }) }),
    },
    { what: "a circuit without authorizations", m: authorized(0) },
  ])("accepts $what", ({ m }) => {
    expect(run(circuitAuthorizationLimit, m)).toEqual([]);
  });

  it.each([
    { what: "11 authorizations on a Standard circuit", m: authorized(11), limit: 10 },
    { what: "11 authorizations on a Local circuit", m: authorized(11, { sku: LOCAL }), limit: 10 },
    { what: "51 authorizations on a Premium 1 Gbps circuit", m: authorized(51, { sku: PREMIUM }), limit: 50 },
    {
      what: "50,000 authorizations on a Premium 50 Mbps circuit",
      m: authorized(50_000, { sku: PREMIUM, provider: provider({ bandwidthInMbps: 50 }) }),
      limit: 20,
    },
  ])("rejects $what", ({ m, limit }) => {
    const f = expectOnly(run(circuitAuthorizationLimit, m), {
      ruleId,
      severity: "mandatory",
      path: "authorizations",
      resource: CIRCUIT,
    });
    expect(f.allowed).toBe(`at most ${limit}`);
    expect(f.fix).toMatch(/only for the connections you will make/);
  });

  it("rejects 76 authorizations on a Premium 5 Gbps Direct circuit", () => {
    const m = model({
      circuits: [
        directCircuit({
          sku: PREMIUM,
          direct: directProperties({ bandwidthInGbps: 5 }),
          authorizations: 76,
        }),
      ],
      ports: [port()],
    });
    const f = expectOnly(run(circuitAuthorizationLimit, m), {
      ruleId,
      severity: "mandatory",
      path: "authorizations",
      resource: DIRECT_CIRCUIT,
    });
    expect(f.allowed).toBe("at most 75");
  });

  it("skips a circuit declared outside the model", () => {
    expect(run(circuitAuthorizationLimit, authorized(11, { external: true }))).toEqual([]);
  });

  it("reports authorizations known only at deploy time as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(circuitAuthorizationLimit, authorized(UNKNOWN)),
      ruleId,
      "authorizations",
      CIRCUIT,
    );
  });
});
