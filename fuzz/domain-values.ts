import fc from "fast-check";
import { defaultCatalog } from "../lib/core/validate";
import { GATEWAY_SKUS } from "../lib/core/facts/gateway";

/**
 * Values of the right type from each argument's own domain, valid or near it (catalog names in other
 * spellings, prefixes of every length, numbers at and past each limit), so that a good share of the fuzzed
 * configurations is accepted and the pack gets to judge them.
 */
const catalog = defaultCatalog();

/** A name in other spellings people write: lower case, upper case, without spaces, with a look-alike. */
function spellings(names: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...names), fc.nat(9)).map(([name, how]) => {
    switch (how) {
      case 0:
        return name.toLowerCase();
      case 1:
        return name.toUpperCase();
      case 2:
        return name.replace(/\s+/g, "");
      case 3:
        return name.replace(/a/, "\u0430");
      case 4:
        return `${name}x`;
      default:
        return name;
    }
  });
}

const octet = fc.constantFrom(0, 1, 8, 10, 16, 100, 128, 168, 192, 255);

/** IPv4 and IPv6 prefixes of every length, aligned or not, private and public, plus near misses. */
export const prefixValue: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(10, 172, 192, 123, 100, 169),
      octet,
      octet,
      fc.constantFrom(0, 4, 8, 16, 32, 64, 128, 5),
      fc.integer({ min: 16, max: 32 }),
    )
    .map(([a, b, c, d, len]) => `${a}.${b}.${c}.${d}/${len}`),
  fc
    .tuple(
      fc.constantFrom("fd00", "2001:db8", "fe80", "2603:1000"),
      fc.constantFrom(0, 8, 16, 5),
      fc.integer({ min: 48, max: 128 }),
    )
    .map(([net, host, len]) => `${net}::${host.toString(16)}/${len}`),
  fc.constantFrom("10.0.0.0", "10.0.0.0/33", "10.0.0.256/30", "garbage", "10.0.0.0/-1", "fd00::/129"),
);

const arn = (kind: string) =>
  fc
    .constantFrom("er-a", "er-b", "ER-A", "port-1")
    .map((n) => `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/${kind}/${n}`);

/** A generator of right-typed values for the argument at `path` (its last key decides the domain). */
export function domainValue(path: readonly (string | number)[], kind: string): fc.Arbitrary<unknown> {
  // An element of a list takes the list's domain (`usedRanges[0]` is a prefix).
  const last = path[path.length - 1];
  const key = String((typeof last === "number" ? path[path.length - 2] : last) ?? "");
  if (kind === "boolean") return fc.boolean();
  if (kind === "tags")
    return fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 });
  if (kind === "number") {
    switch (key) {
      case "bandwidthInMbps":
        return fc.oneof(
          fc.constantFrom(50, 100, 200, 500, 1000, 2000, 5000, 10000, 40000, 100000),
          fc.integer(),
        );
      case "bandwidthInGbps":
        return fc.oneof(fc.constantFrom(1, 2, 5, 10, 40, 100, 400), fc.integer({ min: -1, max: 1000 }));
      case "peerAsn":
      case "customerAsn":
        return fc.oneof(
          fc.constantFrom(1, 65010, 65515, 65520, 12076, 64512, 65535, 4294967295, 0, 23456),
          fc.integer({ min: 0, max: 2 ** 32 }),
        );
      case "vlanId":
        return fc.oneof(fc.constantFrom(0, 1, 100, 4094, 4095), fc.integer({ min: -5, max: 5000 }));
      case "routingWeight":
        return fc.oneof(fc.constantFrom(0, 10, 32000, 32001, -1, 1.5), fc.integer({ min: 0, max: 40000 }));
      case "min":
      case "max":
        return fc.constantFrom(0, 1, 2, 10, 40, 41, 1.5, -1);
      default:
        return fc.oneof(fc.integer({ min: -2, max: 200 }), fc.double({ noNaN: true }));
    }
  }
  if (kind === "enum" || kind === "string") {
    switch (key) {
      case "peeringLocation":
        return fc.oneof(
          spellings(catalog.names()),
          spellings(catalog.portLocationNames()),
          fc.string({ maxLength: 12 }),
        );
      case "location":
        return fc.oneof(spellings(catalog.regionNames()), fc.string({ maxLength: 12 }));
      case "serviceProviderName":
        return fc.oneof(
          spellings(["Equinix", "Megaport", "AT&T NetBond", "Colt", "Verizon", "BT", "Zayo", "Orange"]),
          fc.string({ maxLength: 12 }),
        );
      case "sku":
        return spellings(GATEWAY_SKUS.value.map((s) => s.name));
      case "skuTier":
        return spellings(["Local", "Standard", "Premium", "Basic"]);
      case "skuFamily":
      case "billingType":
        return spellings(["MeteredData", "UnlimitedData"]);
      case "encapsulation":
        return spellings(["Dot1Q", "QinQ"]);
      case "cipher":
        return spellings(["GcmAes128", "GcmAes256", "GcmAesXpn128", "GcmAesXpn256"]);
      case "topology":
        return fc.constantFrom("fullMesh", "hubAndSpoke", "FULLMESH", "ring");
      case "routeFilterCommunities":
        return fc.oneof(
          fc.constantFrom("12076:5010", "12076:51004", "12076:5", "65000:1", "12076:abc"),
          fc.string({ maxLength: 12 }),
        );
      case "hub":
      case "name":
      case "between":
      case "authorizations":
        return fc.constantFrom("ams", "lon", "fra", "AMS", "x");
      case "circuitId":
        return fc.oneof(arn("expressRouteCircuits"), fc.constantFrom("not-an-id", ""));
      case "id":
        return fc.oneof(arn("expressRoutePorts"), fc.constantFrom("not-an-id"));
      case "gatewaySubnetId":
        return fc
          .constantFrom("GatewaySubnet", "default", "gatewaysubnet")
          .map(
            (s) =>
              `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/${s}`,
          );
      case "sharedKey":
      case "authorizationKey":
        return fc.oneof(fc.string({ maxLength: 30 }), fc.uuid());
      case "cknSecretIdentifier":
      case "cakSecretIdentifier":
        return fc
          .constantFrom("ckn", "cak", "")
          .map((s) => `https://kv-er.vault.azure.net/secrets/macsec-${s}`);
      default:
        if (/prefix|pool|ranges/i.test(key)) return prefixValue;
        return fc.oneof(fc.constantFrom("rg-er", "er-a", "vnet-hub"), fc.string({ maxLength: 12 }));
    }
  }
  return fc.constant(undefined);
}
