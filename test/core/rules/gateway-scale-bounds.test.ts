import { UNKNOWN } from "../../../lib/core/model";
import { gatewayScaleBounds } from "../../../lib/core/rules/gateway-scale-bounds";
import {
  GATEWAY,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  gatewayModel,
  run,
} from "./fixtures";

const ruleId = "gateway-scale-bounds";
const MIN = "autoScaleConfiguration.bounds.min";
const MAX = "autoScaleConfiguration.bounds.max";

/** An ErGwScale gateway with these bounds. */
function scale(scaleMin: unknown, scaleMax: unknown) {
  return gatewayModel({
    gateway: { skuName: "ErGwScale", scaleMin: scaleMin as number, scaleMax: scaleMax as number },
  });
}

describe("gateway-scale-bounds", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(gatewayScaleBounds, m)).toEqual([]);
  });

  it.each([
    ["a fixed single unit", 1, 1],
    ["the smallest autoscaling range", 2, 3],
    ["autoscaling from 2 to 10 units", 2, 10],
    ["a fixed 10 units", 10, 10],
    ["autoscaling from 10 to 40 units", 10, 40],
    ["a fixed 40 units", 40, 40],
  ])("accepts an ErGwScale gateway with %s (min %d, max %d)", (_what, min, max) => {
    expect(run(gatewayScaleBounds, scale(min, max))).toEqual([]);
  });

  it("ignores the bounds of a gateway that is not ErGwScale", () => {
    const m = gatewayModel({ gateway: { skuName: "ErGw1AZ", scaleMin: 0, scaleMax: 99 } });
    expect(run(gatewayScaleBounds, m)).toEqual([]);
  });

  it.each([
    { what: "a minimum of 0 units", min: 0, max: 10, path: MIN, bad: 0 },
    { what: "a negative minimum", min: -2, max: 10, path: MIN, bad: -2 },
    { what: "a fractional minimum", min: 2.5, max: 10, path: MIN, bad: 2.5 },
    { what: "a minimum of 41 units", min: 41, max: 41, path: MIN, bad: 41 },
    { what: "no minimum", min: undefined, max: 10, path: MIN, bad: undefined },
    { what: "a maximum of 41 units", min: 2, max: 41, path: MAX, bad: 41 },
    { what: "a maximum below the minimum", min: 5, max: 3, path: MAX, bad: 3 },
    { what: "a maximum of 1 with a minimum of 2", min: 2, max: 1, path: MAX, bad: 1 },
    { what: "a fractional maximum", min: 2, max: 10.5, path: MAX, bad: 10.5 },
    { what: "no maximum", min: 2, max: undefined, path: MAX, bad: undefined },
    { what: "autoscaling from a single unit (min 1, max 3)", min: 1, max: 3, path: MIN, bad: 1 },
    { what: "autoscaling from a single unit (min 1, max 40)", min: 1, max: 40, path: MIN, bad: 1 },
  ])("rejects an ErGwScale gateway with $what", ({ min, max, path, bad }) => {
    const f = expectOnly(run(gatewayScaleBounds, scale(min, max)), {
      ruleId,
      severity: "mandatory",
      path,
      resource: GATEWAY,
    });
    expectValueShows(f, bad);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = gatewayModel({
      gateway: {
        origin: { resource: GATEWAY, path: "gateway", fields: { [MAX]: "gateway.maxScaleUnits" } },
        skuName: "ErGwScale",
        scaleMin: 2,
        scaleMax: 50,
      },
    });
    expectOnly(run(gatewayScaleBounds, m), { ruleId, severity: "mandatory", path: "gateway.maxScaleUnits" });
  });

  it.each([
    { field: MIN, min: UNKNOWN, max: 10 },
    { field: MAX, min: 2, max: UNKNOWN },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, min, max }) => {
    expectOnlyUnverifiable(run(gatewayScaleBounds, scale(min, max)), ruleId, field, GATEWAY);
  });
});
