import { displayKey } from "../findings";
import { VLAN_RANGE } from "../facts/bgp";
import { isUnknown, type CircuitModel, type TopologyModel } from "../model";
import { type Rule } from "./rule";

/**
 * The circuits whose peerings share one VLAN space with `c`: the circuit itself, or every circuit on the same
 * Dot1Q ExpressRoute Direct port (with Dot1Q, VLANs are unique across the port pair).
 */
function vlanDomain(model: TopologyModel, c: CircuitModel): { key: string; circuits: CircuitModel[] } {
  const portKey = c.direct?.portKey;
  const port = typeof portKey === "string" ? model.ports.find((p) => p.key === portKey) : undefined;
  if (port && port.encapsulation === "Dot1Q") {
    return {
      key: `port:${port.key}`,
      circuits: model.circuits.filter((o) => o.direct?.portKey === port.key),
    };
  }
  return { key: `circuit:${c.key}`, circuits: [c] };
}

export const peeringVlan: Rule = {
  id: "peering-vlan-valid",
  severity: "mandatory",
  description:
    "Every peering has a VLAN id in 1..4094 (802.1Q) that no other peering of the circuit uses (on a Dot1Q ExpressRoute Direct port: of any circuit on the port).",
  why: "Each peering is its own VLAN on both links; a clash or a missing VLAN breaks the BGP sessions of both peerings.",
  source: VLAN_RANGE.source,
  check(model, report) {
    const range = report.context.vlanRange ?? VLAN_RANGE;
    const allowed = `an integer in ${range.min}..${range.max}, unique within the circuit (or Dot1Q port)`;
    const done = new Set<string>();
    for (const c of model.circuits) {
      const domain = vlanDomain(model, c);
      if (done.has(domain.key)) continue;
      done.add(domain.key);
      const used = new Map<number, { circuit: CircuitModel; type: string }>();
      for (const circuit of domain.circuits) {
        for (const p of circuit.peerings) {
          const vlan = p.vlanId;
          if (!report.known(p, "vlanId", vlan)) continue;
          if (vlan === undefined || !Number.isInteger(vlan) || vlan < range.min || vlan > range.max) {
            report.fail(p, "vlanId", {
              message:
                vlan === undefined ? "The peering has no VLAN id." : "The VLAN id is outside 802.1Q's range.",
              value: vlan,
              allowed,
              fix: `Use the VLAN id agreed with your provider (${range.min}..${range.max}).`,
            });
            continue;
          }
          const other = used.get(vlan);
          if (other !== undefined) {
            const owner =
              other.circuit === circuit
                ? "this circuit"
                : `circuit ${displayKey(other.circuit.key)} on the same port`;
            report.fail(p, "vlanId", {
              message: `VLAN ${vlan} is already used by the ${other.type} of ${owner}.`,
              value: vlan,
              allowed,
              fix:
                domain.circuits.length > 1 || domain.key.startsWith("port:")
                  ? "Give each peering on the Dot1Q port its own VLAN id (or use QinQ encapsulation)."
                  : "Give each peering of the circuit its own VLAN id.",
            });
          } else {
            const type = isUnknown(p.peeringType) || !p.peeringType ? "other peering" : p.peeringType;
            used.set(vlan, { circuit, type });
          }
        }
      }
    }
  },
};
