import { MICROSOFT_ASN } from "../core/facts/bgp";
import { displayKey } from "../core/findings";
import { linkEnds } from "../core/ip/prefix";
import { isUnknown, type CircuitModel, type PeeringModel, type TopologyModel } from "../core/model";
import { gatewayRegion, isHubGateway } from "../core/rules/each";

/** A value of the model as JSON: itself when known, `"[unknown]"` when only known at deploy time, else null. */
type Shown = string | number | boolean | null;

function shown(v: unknown): Shown {
  if (isUnknown(v)) return "[unknown]";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}

/** A model key as the user knows it (a logical name), null when missing. */
function named(key: unknown): Shown {
  return key === undefined ? null : displayKey(key);
}

/** One BGP link: its /30 (or /126), and the customer's and Microsoft's addresses in it. */
function link(prefix: unknown) {
  const ends = linkEnds(prefix);
  return {
    prefix: shown(prefix),
    customerAddress: ends?.customer ?? null,
    microsoftAddress: ends?.microsoft ?? null,
  };
}

function peering(p: PeeringModel) {
  return {
    peeringType: shown(p.peeringType),
    vlanId: shown(p.vlanId),
    peerAsn: shown(p.peerAsn),
    microsoftAsn: MICROSOFT_ASN.value,
    primary: link(p.primaryPeerAddressPrefix),
    secondary: link(p.secondaryPeerAddressPrefix),
    ipv6: p.ipv6
      ? { primary: link(p.ipv6.primaryPeerAddressPrefix), secondary: link(p.ipv6.secondaryPeerAddressPrefix) }
      : null,
    // Whether a BGP MD5 key is set; never the key.
    md5Key: p.sharedKey !== undefined && p.sharedKey !== "",
  };
}

function circuit(c: CircuitModel) {
  return {
    name: named(c.key),
    location: shown(c.location),
    tier: shown(c.sku.tier),
    family: shown(c.sku.family),
    peeringLocation: shown(c.provider?.peeringLocation),
    bandwidthInMbps: shown(
      c.provider
        ? c.provider.bandwidthInMbps
        : typeof c.direct?.bandwidthInGbps === "number"
          ? c.direct.bandwidthInGbps * 1000
          : c.direct?.bandwidthInGbps,
    ),
    serviceProviderName: shown(c.provider?.serviceProviderName),
    directPort: c.direct ? named(c.direct.portKey) : null,
    peerings: c.peerings.map(peering),
  };
}

/** The planned topology as data: what `--json` gives and what the text summary shows. */
export function topologyData(model: TopologyModel) {
  const gateways = model.gateways ?? [];
  const hubs = new Set(gateways.filter(isHubGateway).map((g) => g.key));
  const connections = (model.connections ?? []).map((x) => ({
    name: named(x.key),
    gateway: named(x.gatewayKey),
    circuit: named(x.circuitKey),
    routingWeight: shown(x.routingWeight),
    fastPath: shown(x.fastPath),
    toHub: typeof x.gatewayKey === "string" && hubs.has(x.gatewayKey),
  }));
  return {
    circuits: model.circuits.filter((c) => !c.external).map(circuit),
    directPorts: model.ports.map((p) => ({
      name: named(p.key),
      peeringLocation: shown(p.peeringLocation),
      bandwidthInGbps: shown(p.bandwidthInGbps),
      encapsulation: shown(p.encapsulation),
    })),
    gateways: gateways.map((g) => ({
      name: named(g.key),
      kind: isHubGateway(g) ? "virtualWanHub" : "virtualNetwork",
      region: shown(gatewayRegion(model, g)),
      sku: isHubGateway(g) ? null : shown(g.skuName),
      scaleUnits:
        g.scaleMin === undefined ? null : { min: shown(g.scaleMin), max: shown(g.scaleMax ?? g.scaleMin) },
      hub: isHubGateway(g) ? named(g.hubKey) : null,
    })),
    vnetLinks: connections.filter((x) => !x.toHub).map(({ toHub: _hub, ...x }) => x),
    hubConnections: connections.filter((x) => x.toHub).map(({ toHub: _hub, ...x }) => x),
    globalReach: (model.globalReach ?? []).map((g) => ({
      name: named(g.key),
      circuit: named(g.circuitKey),
      peerCircuit: named(g.peerCircuitKey),
      addressPrefix: shown(g.addressPrefix),
      ipv6AddressPrefix: shown(g.ipv6AddressPrefix),
    })),
  };
}
