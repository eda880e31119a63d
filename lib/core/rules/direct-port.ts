import { DIRECT_ENCAPSULATIONS, DIRECT_PORT_BANDWIDTHS_GBPS, PORT_LINK_ADMIN_STATES } from "../facts/circuit";
import { oneOf, type Rule } from "./rule";

export const directPort: Rule = {
  id: "direct-port-valid",
  severity: "mandatory",
  description:
    "An ExpressRoute Direct port is 10, 100 or 400 Gbps, Dot1Q or QinQ, at a location that offers Direct, with two links whose admin state is Enabled or Disabled.",
  why: "Ports come in fixed speeds and encapsulations at Direct-capable locations, as a pair of links to two Microsoft routers.",
  source: DIRECT_PORT_BANDWIDTHS_GBPS.source,
  check(model, report) {
    for (const port of model.ports) {
      const bw = port.bandwidthInGbps;
      if (report.known(port, "bandwidthInGbps", bw)) {
        if (bw === undefined || !(DIRECT_PORT_BANDWIDTHS_GBPS.value as readonly number[]).includes(bw)) {
          report.fail(port, "bandwidthInGbps", {
            message: "ExpressRoute Direct ports come in 10, 100 and 400 Gbps.",
            value: bw,
            allowed: `${oneOf(DIRECT_PORT_BANDWIDTHS_GBPS.value)} (Gbps)`,
            fix: "Pick the port speed you ordered.",
          });
        }
      }
      const enc = port.encapsulation;
      if (report.known(port, "encapsulation", enc)) {
        if (enc === undefined || !(DIRECT_ENCAPSULATIONS.value as readonly string[]).includes(enc)) {
          report.fail(port, "encapsulation", {
            message: "The port's encapsulation must be Dot1Q or QinQ (it cannot be changed later).",
            value: enc,
            allowed: oneOf(DIRECT_ENCAPSULATIONS.value),
            fix: "Choose Dot1Q (one C-Tag per peering) or QinQ (an S-Tag per circuit).",
          });
        }
      }
      const loc = port.peeringLocation;
      if (report.known(port, "peeringLocation", loc)) {
        const metro = loc === undefined ? undefined : report.context.catalog.findDirectPortLocation(loc);
        if (loc === undefined || (metro && !metro.expressRouteDirect)) {
          report.fail(port, "peeringLocation", {
            message:
              loc === undefined
                ? "The port has no peering location."
                : `ExpressRoute Direct is not offered at ${metro?.location}.`,
            value: loc,
            allowed: "a Direct port location from the ExpressRoutePortsLocations list",
            fix: "Pick a Direct-capable facility, e.g. Equinix-Amsterdam-AM5.",
          });
        }
      }
      const links = port.links;
      if (!report.known(port, "links", links) || links === undefined) continue;
      if (links.length !== 2) {
        report.fail(port, "links", {
          message: "A Direct port is a pair of links to two Microsoft routers.",
          value: `${links.length} links`,
          allowed: "exactly 2 links",
          fix: "Configure link1 and link2.",
        });
      }
      links.forEach((l, i) => {
        const state = l.adminState;
        if (!report.known(port, `links[${i}].adminState`, state) || state === undefined) return;
        if (!(PORT_LINK_ADMIN_STATES as readonly string[]).includes(state)) {
          report.fail(port, `links[${i}].adminState`, {
            message: "A port link's admin state is Enabled or Disabled.",
            value: state,
            allowed: oneOf(PORT_LINK_ADMIN_STATES),
            fix: 'Leave the links "Disabled" until the cross-connects exist, then set "Enabled".',
          });
        }
      });
    }
  },
};
