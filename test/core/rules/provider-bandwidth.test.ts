import { UNKNOWN } from "../../../lib/core/model";
import { providerBandwidth } from "../../../lib/core/rules/provider-bandwidth";
import {
  CIRCUIT,
  VALID_MODELS,
  circuitModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  provider,
  run,
} from "./fixtures";

const ruleId = "provider-bandwidth-offered";
const path = "serviceProviderProperties.bandwidthInMbps";

describe("provider-bandwidth-offered", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(providerBandwidth, m)).toEqual([]);
  });

  it.each([50, 100, 200, 500, 1000, 2000, 5000, 10000])(
    "accepts the offered bandwidth %d Mbps",
    (bandwidthInMbps) => {
      expect(run(providerBandwidth, circuitModel({ provider: provider({ bandwidthInMbps }) }))).toEqual([]);
    },
  );

  it.each([
    { what: "a bandwidth between two offered ones", bandwidthInMbps: 300 },
    { what: "a bandwidth above the largest offered one", bandwidthInMbps: 20000 },
    { what: "a bandwidth given in Gbps by mistake", bandwidthInMbps: 10 },
    { what: "a zero bandwidth", bandwidthInMbps: 0 },
    { what: "a fractional bandwidth", bandwidthInMbps: 1000.5 },
    { what: "an unset bandwidth", bandwidthInMbps: undefined },
  ])("rejects $what", ({ bandwidthInMbps }) => {
    const f = expectOnly(run(providerBandwidth, circuitModel({ provider: provider({ bandwidthInMbps }) })), {
      ruleId,
      severity: "mandatory",
      path,
      resource: CIRCUIT,
    });
    expectValueShows(f, bandwidthInMbps);
  });

  it.each([
    ["a bandwidth that is not offered", 300],
    ["no bandwidth", undefined],
  ])("skips a circuit declared outside the model with %s", (_what, bandwidthInMbps) => {
    const m = circuitModel({ external: true, provider: provider({ bandwidthInMbps }) });
    expect(run(providerBandwidth, m)).toEqual([]);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = circuitModel({
      origin: { resource: CIRCUIT, fields: { [path]: "bandwidthInMbps" } },
      provider: provider({ bandwidthInMbps: 300 }),
    });
    expectOnly(run(providerBandwidth, m), { ruleId, severity: "mandatory", path: "bandwidthInMbps" });
  });

  it("reports an unknown bandwidth as unverifiable, never as a violation", () => {
    const m = circuitModel({ provider: provider({ bandwidthInMbps: UNKNOWN }) });
    expectOnlyUnverifiable(run(providerBandwidth, m), ruleId, path);
  });
});
