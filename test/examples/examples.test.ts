import * as path from "node:path";
import { runProgram } from "../../lib/plan/run-program";

const root = path.resolve(__dirname, "../..");

/** Type, logical name and parent name of every resource a program registers, for exact comparison. */
async function resourcesOf(dir: string): Promise<string[]> {
  const run = await runProgram(path.join(root, dir), { typeCheck: false });
  // Alerts and locks are each component's default monitoring, tested in test/components/monitoring.test.ts.
  return run.resources
    .filter((r) => !/^azure-native:(monitor|authorization):/.test(r.type))
    .map((r) => `${r.type} ${r.name} <- ${r.parent?.split("::").pop() ?? "(root)"}`)
    .sort();
}

describe("examples run under the mock runtime", () => {
  it("redundant-circuit creates the circuit, its private peering and an authorization", async () => {
    expect(await resourcesOf("examples/redundant-circuit")).toEqual([
      "azure-native:network:ExpressRouteCircuit ams-er-circuit <- ams-er",
      "azure-native:network:ExpressRouteCircuitAuthorization ams-er-authorization-hub-connection <- ams-er",
      "azure-native:network:ExpressRouteCircuitPeering ams-er-private-peering <- ams-er",
      "azure-native:resources:ResourceGroup rg-expressroute <- redundant-circuit-dev",
      "expressroute:index:RedundantCircuit ams-er <- redundant-circuit-dev",
      "pulumi:pulumi:Stack redundant-circuit-dev <- (root)",
    ]);
  });

  it("premium-circuit creates both peerings and the route filter", async () => {
    expect(await resourcesOf("examples/premium-circuit")).toEqual([
      "azure-native:network:ExpressRouteCircuit wdc-er-circuit <- wdc-er",
      "azure-native:network:ExpressRouteCircuitPeering wdc-er-microsoft-peering <- wdc-er",
      "azure-native:network:ExpressRouteCircuitPeering wdc-er-private-peering <- wdc-er",
      "azure-native:network:RouteFilter wdc-er-route-filter <- wdc-er",
      "azure-native:resources:ResourceGroup rg-expressroute-global <- premium-circuit-dev",
      "expressroute:index:PremiumCircuit wdc-er <- premium-circuit-dev",
      "pulumi:pulumi:Stack premium-circuit-dev <- (root)",
    ]);
  });

  it("local-circuit creates a Local circuit and its private peering", async () => {
    expect(await resourcesOf("examples/local-circuit")).toEqual([
      "azure-native:network:ExpressRouteCircuit lon-local-circuit <- lon-local",
      "azure-native:network:ExpressRouteCircuitPeering lon-local-private-peering <- lon-local",
      "azure-native:resources:ResourceGroup rg-expressroute-local <- local-circuit-dev",
      "expressroute:index:LocalCircuit lon-local <- local-circuit-dev",
      "pulumi:pulumi:Stack local-circuit-dev <- (root)",
    ]);
  });

  it("direct-port creates the port, its identity and two circuits carved from it", async () => {
    expect(await resourcesOf("examples/direct-port")).toEqual([
      "azure-native:managedidentity:UserAssignedIdentity er-macsec <- direct-port-dev",
      "azure-native:network:ExpressRouteCircuit ams-direct-prod-circuit <- ams-direct-prod",
      "azure-native:network:ExpressRouteCircuit ams-direct-test-circuit <- ams-direct-test",
      "azure-native:network:ExpressRouteCircuitPeering ams-direct-prod-private-peering <- ams-direct-prod",
      "azure-native:network:ExpressRouteCircuitPeering ams-direct-test-private-peering <- ams-direct-test",
      "azure-native:network:ExpressRoutePort ams-direct-port <- ams-direct",
      "azure-native:resources:ResourceGroup rg-expressroute-direct <- direct-port-dev",
      "expressroute:index:DirectCircuit ams-direct-prod <- direct-port-dev",
      "expressroute:index:DirectCircuit ams-direct-test <- direct-port-dev",
      "expressroute:index:DirectPort ams-direct <- direct-port-dev",
      "pulumi:pulumi:Stack direct-port-dev <- (root)",
    ]);
  });
});
