import { UNKNOWN } from "../../../lib/core/model";
import { authorizationSingleUse } from "../../../lib/core/rules/authorization-single-use";
import {
  VALID_MODELS,
  connection,
  connections,
  expectOnly,
  globalReach,
  hubModel,
  model,
  run,
} from "./fixtures";

const ruleId = "authorization-single-use";

describe("authorization-single-use", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(authorizationSingleUse, m)).toEqual([]);
  });

  it("accepts connections that each redeem their own authorization", () => {
    const links = connections(3).map((x, i) => ({ ...x, authorization: `key:${i}` }));
    expect(run(authorizationSingleUse, model({ connections: links }))).toEqual([]);
  });

  it("refuses a second VNet link redeeming the same authorization, naming the first", () => {
    const links = connections(2).map((x) => ({ ...x, authorization: "key:a" }));
    const f = expectOnly(run(authorizationSingleUse, model({ connections: links })), {
      ruleId,
      severity: "mandatory",
      path: "authorizationKey",
      resource: links[1].origin.resource,
    });
    expect(f.message).toContain(links[0].key);
    expect(f.value).not.toContain("key:a");
  });

  it("refuses a Global Reach connection redeeming an authorization a VNet link already redeemed", () => {
    const m = {
      ...hubModel(),
      connections: [connection({ authorization: "authorization:urn-a" })],
      globalReach: [globalReach({ authorization: "authorization:urn-a" })],
    };
    expectOnly(run(authorizationSingleUse, m), { ruleId, severity: "mandatory", path: "authorizationKey" });
  });

  it("cannot verify a connection whose authorization is unknown when another one redeems an authorization", () => {
    const links = [
      connection({ authorization: "key:a" }),
      connection({ key: "x2", origin: { resource: "x2" }, authorization: UNKNOWN }),
    ];
    const findings = run(authorizationSingleUse, model({ connections: links }));
    expect(findings.map((f) => [f.resource, f.severity, f.unverifiable])).toEqual([["x2", "advisory", true]]);
  });
});
