import { VLAN_RANGE } from "../facts/bgp";
import { isUnknown } from "../model";
import { type Rule } from "./rule";

export const peeringVlan: Rule = {
  id: "peering-vlan-valid",
  severity: "mandatory",
  description: "Every peering has a VLAN id in 1..4094 (802.1Q) that no other peering of the circuit uses.",
  why: "Each peering is its own VLAN on both links; a clash or a missing VLAN breaks the BGP sessions of both peerings.",
  source: VLAN_RANGE.source,
  check(model, report) {
    const allowed = `an integer in ${VLAN_RANGE.min}..${VLAN_RANGE.max}, unique within the circuit`;
    for (const c of model.circuits) {
      const used = new Map<number, string>();
      for (const p of c.peerings) {
        const vlan = p.vlanId;
        if (!report.known(p, "vlanId", vlan)) continue;
        if (vlan === undefined || !Number.isInteger(vlan) || vlan < VLAN_RANGE.min || vlan > VLAN_RANGE.max) {
          report.fail(p, "vlanId", {
            message:
              vlan === undefined ? "The peering has no VLAN id." : "The VLAN id is outside 802.1Q's range.",
            value: vlan,
            allowed,
            fix: "Use the VLAN id agreed with your provider (1..4094).",
          });
          continue;
        }
        const other = used.get(vlan);
        if (other !== undefined) {
          report.fail(p, "vlanId", {
            message: `VLAN ${vlan} is already used by the circuit's ${other}.`,
            value: vlan,
            allowed,
            fix: "Give each peering of the circuit its own VLAN id.",
          });
        } else {
          used.set(vlan, isUnknown(p.peeringType) || !p.peeringType ? "other peering" : p.peeringType);
        }
      }
    }
  },
};
