import { circuitKind } from "../../../lib/core/rules/circuit-kind";
import {
  CIRCUIT,
  VALID_MODELS,
  circuit,
  circuitModel,
  directProperties,
  expectOnly,
  expectValueShows,
  model,
  run,
} from "./fixtures";

const ruleId = "circuit-provider-or-direct";

describe("circuit-provider-or-direct", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(circuitKind, m)).toEqual([]);
  });

  it.each([
    {
      what: "a circuit with both provider properties and a Direct port",
      overrides: { direct: directProperties() },
      path: "expressRoutePort",
      shown: "both",
    },
    {
      what: "a circuit with neither provider properties nor a Direct port",
      overrides: { provider: undefined },
      path: "serviceProviderProperties",
      shown: "neither",
    },
  ])("rejects $what", ({ overrides, path, shown }) => {
    const f = expectOnly(run(circuitKind, circuitModel(overrides)), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CIRCUIT,
    });
    expectValueShows(f, shown);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = circuitModel({
      origin: { resource: CIRCUIT, fields: { expressRoutePort: "port" } },
      direct: directProperties(),
    });
    expectOnly(run(circuitKind, m), { ruleId, severity: "mandatory", path: "port" });
  });

  it("prefixes the path with the circuit's origin path", () => {
    const m = circuitModel({ origin: { resource: CIRCUIT, path: "circuits[2]" }, provider: undefined });
    expectOnly(run(circuitKind, m), {
      ruleId,
      severity: "mandatory",
      path: "circuits[2].serviceProviderProperties",
    });
  });

  it.each([
    ["neither provider properties nor a Direct port", { provider: undefined }],
    ["both provider properties and a Direct port", { direct: directProperties() }],
  ])("skips a circuit declared outside the model that has %s", (_what, overrides) => {
    expect(run(circuitKind, circuitModel({ external: true, ...overrides }))).toEqual([]);
  });

  it("reports each offending circuit on its own resource", () => {
    const m = model({
      circuits: [
        circuit(),
        circuit({ key: "a", origin: { resource: "a" }, provider: undefined }),
        circuit({ key: "b", origin: { resource: "b" }, direct: directProperties() }),
      ],
    });
    const findings = run(circuitKind, m);
    expect(findings.map((f) => [f.resource, f.path])).toEqual([
      ["a", "serviceProviderProperties"],
      ["b", "expressRoutePort"],
    ]);
  });
});
