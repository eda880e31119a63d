import { bgpMd5Key } from "./bgp-md5-key";
import { circuitKind } from "./circuit-kind";
import { circuitSku } from "./circuit-sku";
import { directCircuitBandwidth } from "./direct-circuit-bandwidth";
import { directPort } from "./direct-port";
import { directPortMacsec } from "./direct-port-macsec";
import { localCircuitLocation } from "./local-circuit-location";
import { localCircuitUnlimited } from "./local-circuit-unlimited";
import { microsoftPeering } from "./microsoft-peering";
import { microsoftPeeringRouteFilter } from "./microsoft-peering-route-filter";
import { peerAsn } from "./peer-asn";
import { peeringDualBgp } from "./peering-dual-bgp";
import { peeringLocationKnown } from "./peering-location-known";
import { peeringOnePerType } from "./peering-one-per-type";
import { peeringType } from "./peering-type";
import { peeringVlan } from "./peering-vlan";
import { providerBandwidth } from "./provider-bandwidth";
import type { Rule } from "./rule";

export { peeringAddressInput, circuitHasPeering } from "./component-input";
export { Reporter, oneOf, type Rule, type RuleContext, type Problem } from "./rule";

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  circuitKind,
  circuitSku,
  localCircuitUnlimited,
  localCircuitLocation,
  peeringLocationKnown,
  providerBandwidth,
  directCircuitBandwidth,
  peeringType,
  peeringOnePerType,
  peeringDualBgp,
  peerAsn,
  bgpMd5Key,
  peeringVlan,
  microsoftPeering,
  microsoftPeeringRouteFilter,
  directPort,
  directPortMacsec,
];
