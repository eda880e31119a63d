import { CIRCUIT_CHANGES } from "../../core/facts/changes";
import { azureNativeKind } from "../../core/translate";
import type { MatchedResource } from "../diff";
import { urnParts } from "../stack-export";
import { valueAt } from "../values";
import { changeFinding, ofKind, same, type ChangeContext, type ChangeRule } from "./context";

/** The deployed circuit a standalone peering belongs to, by its circuit's name and resource group. */
function circuitOf(context: ChangeContext, peering: MatchedResource): MatchedResource | undefined {
  const values = peering.after ?? peering.before;
  if (!values) return undefined;
  const [name, group] = [valueAt(values, "circuitName"), valueAt(values, "resourceGroupName")];
  return ofKind(context, "network:ExpressRouteCircuit").find((c) => {
    const deployed = c.before;
    if (!deployed || !c.state) return false;
    const circuitName = valueAt(deployed, "circuitName") ?? urnParts(c.state.urn).name;
    return circuitName === name && (group === undefined || valueAt(deployed, "resourceGroupName") === group);
  });
}

const provisioned = (c: MatchedResource) => c.state?.outputs.serviceProviderProvisioningState;

/** Peerings configured while the provider has not provisioned the circuit yet fail. */
export const peeringBeforeProvisioned: ChangeRule = {
  id: "change-peering-before-provisioned",
  check(context) {
    const findings = [];
    const warn = (m: MatchedResource, circuit: MatchedResource, path: string) =>
      changeFinding("change-peering-before-provisioned", "advisory", m, {
        path,
        message: `The plan configures a peering while the deployed circuit ${circuit.change.name} says serviceProviderProvisioningState ${JSON.stringify(provisioned(circuit))}: Azure accepts a provider circuit's peerings only once the provider has provisioned it. Source: ${CIRCUIT_CHANGES.source.url}`,
        value: String(provisioned(circuit)),
        allowed: "Provisioned",
        fix: "Give the provider the service key and wait for Provisioned (or set configurePeerings: false until then), then apply the peerings.",
      });
    for (const m of context.matched) {
      const kind = azureNativeKind(m.change.type);
      if (m.change.action === "same" || m.change.action === "delete") continue;
      if (kind === "network:ExpressRouteCircuitPeering") {
        const circuit = circuitOf(context, m);
        if (circuit && provisioned(circuit) !== undefined && !same(provisioned(circuit), "Provisioned"))
          findings.push(warn(m, circuit, "peeringType"));
      }
      if (kind === "network:ExpressRouteCircuit" && m.state && provisioned(m) !== undefined) {
        const changesPeerings = m.change.changes.some(
          (c) => c.path === "peerings" || c.path.startsWith("peerings."),
        );
        const direct = m.after && valueAt(m.after, "expressRoutePort") !== undefined;
        if (changesPeerings && !direct && !same(provisioned(m), "Provisioned"))
          findings.push(warn(m, m, "peerings"));
      }
    }
    return findings;
  },
};
