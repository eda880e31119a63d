import { splitPeeringPair } from "../../lib/core/peering-pair";
import { peeringDualBgp } from "../../lib/core/rules/peering-dual-bgp";
import { validateTopology } from "../../lib/core/validate";
import { privatePeeringModel } from "./rules/fixtures";

describe("splitPeeringPair", () => {
  it.each([
    ["192.168.100.128/29", "192.168.100.128/30", "192.168.100.132/30"],
    ["10.0.0.0/29", "10.0.0.0/30", "10.0.0.4/30"],
    ["123.1.0.248/29", "123.1.0.248/30", "123.1.0.252/30"],
  ])(
    "splits the IPv4 /29 %s into its lower half %s (primary) and upper half %s (secondary)",
    (text, primary, secondary) => {
      expect(splitPeeringPair(text, 4)).toEqual({ ok: true, primary, secondary });
    },
  );

  it.each([
    ["2001:db8:0:1::/125", "2001:db8:0:1::/126", "2001:db8:0:1::4/126"],
    ["2001:db8:0:1::8/125", "2001:db8:0:1::8/126", "2001:db8:0:1::c/126"],
  ])("splits the IPv6 /125 %s into %s (primary) and %s (secondary)", (text, primary, secondary) => {
    expect(splitPeeringPair(text, 6)).toEqual({ ok: true, primary, secondary });
  });

  it.each([
    ["IPv4", "192.168.100.128/29", 4],
    ["IPv6", "2001:db8:0:1::/125", 6],
  ] as const)("gives %s link prefixes that peering-dual-bgp accepts", (_name, text, family) => {
    const split = splitPeeringPair(text, family);
    if (!split.ok) throw new Error(split.message);
    const overrides =
      family === 4
        ? { primaryPeerAddressPrefix: split.primary, secondaryPeerAddressPrefix: split.secondary }
        : { ipv6: { primaryPeerAddressPrefix: split.primary, secondaryPeerAddressPrefix: split.secondary } };
    expect(validateTopology(privatePeeringModel(overrides), { rules: [peeringDualBgp] })).toEqual([]);
  });

  it.each([
    { what: "a prefix without a length", text: "192.168.100.128", family: 4, allowed: "/29" },
    { what: "a prefix with an invalid address", text: "192.168.300.128/29", family: 4, allowed: "/29" },
    { what: "a prefix with an invalid length", text: "192.168.100.128/abc", family: 4, allowed: "/29" },
    { what: "an IPv6 prefix where IPv4 is expected", text: "2001:db8:0:1::/125", family: 4, allowed: "/29" },
    { what: "an IPv4 prefix where IPv6 is expected", text: "192.168.100.128/29", family: 6, allowed: "/125" },
    { what: "a /30 where a /29 is expected", text: "192.168.100.128/30", family: 4, allowed: "/29" },
    { what: "a /28 where a /29 is expected", text: "192.168.100.128/28", family: 4, allowed: "/29" },
    { what: "a /126 where a /125 is expected", text: "2001:db8:0:1::/126", family: 6, allowed: "/125" },
  ] as const)("rejects $what", ({ text, family, allowed }) => {
    const split = splitPeeringPair(text, family);
    expect(split.ok).toBe(false);
    if (split.ok) return;
    expect(split.message.trim()).not.toBe("");
    expect(split.fix.trim()).not.toBe("");
    expect(split.allowed).toContain(allowed);
  });

  it.each([
    { text: "192.168.100.130/29", family: 4, aligned: "192.168.100.128/29" },
    { text: "10.0.0.4/29", family: 4, aligned: "10.0.0.0/29" },
    { text: "2001:db8:0:1::3/125", family: 6, aligned: "2001:db8:0:1::/125" },
  ] as const)(
    "rejects the unaligned $text and suggests the aligned $aligned",
    ({ text, family, aligned }) => {
      const split = splitPeeringPair(text, family);
      expect(split.ok).toBe(false);
      if (split.ok) return;
      expect(split.fix).toContain(aligned);
      expect(split.allowed.trim()).not.toBe("");
    },
  );
});
