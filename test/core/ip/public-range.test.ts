import fc from "fast-check";
import { nonPublicRange, prefix, split, type Prefix } from "../../../lib/core/ip";
import { anyV4Prefix, anyV6Prefix, BITS, RUNS } from "./arbitraries";

describe("nonPublicRange", () => {
  it.each<[string, string]>([
    ["10.0.0.0/8", "private"],
    ["10.20.30.0/24", "private"],
    ["172.16.0.0/12", "private"],
    ["172.31.255.252/30", "private"],
    ["192.168.100.128/30", "private"],
    ["100.64.0.0/10", "carrierGradeNat"],
    ["100.127.255.255/32", "carrierGradeNat"],
    ["203.0.113.0/24", "reserved"],
    ["198.51.100.0/24", "reserved"],
    ["192.0.2.0/24", "reserved"],
    ["127.0.0.1/32", "loopback"],
    ["169.254.0.0/16", "linkLocal"],
    ["224.0.0.0/4", "multicast"],
    ["0.0.0.0/8", "unspecified"],
    ["8.0.0.0/5", "private"],
    ["2001:db8::/32", "reserved"],
    ["fd00::/8", "uniqueLocal"],
    ["fe80::/64", "linkLocal"],
    ["::1/128", "loopback"],
    ["ff02::1/128", "multicast"],
  ])("names %s as non-public (%s)", (text, name) => {
    expect(nonPublicRange(prefix(text))).toBe(name);
  });

  it.each(["0.0.0.0/0", "0.0.0.0/1", "96.0.0.0/3", "192.0.0.0/8", "::/0", "2000::/3"])(
    "treats the broad prefix %s, which contains special-purpose ranges, as non-public",
    (text) => {
      expect(nonPublicRange(prefix(text))).toBeDefined();
    },
  );

  it.each([
    "123.1.0.0/30",
    "8.8.8.0/24",
    "11.0.0.0/8",
    "100.63.255.252/30",
    "100.128.0.0/10",
    "172.15.255.252/30",
    "172.32.0.0/16",
    "192.167.255.0/24",
    "192.169.0.0/16",
    "203.0.114.0/24",
    "2a01:111::/32",
    "2001:4860::/32",
    "2620:1ec::/36",
  ])("treats %s as public", (text) => {
    expect(nonPublicRange(prefix(text))).toBeUndefined();
  });

  it("judges an unaligned prefix by its aligned block", () => {
    // 9.255.255.255/7 is 8.0.0.0/7, which holds no special-purpose range even though 10/8 is near.
    expect(nonPublicRange(prefix("9.255.255.255/7"))).toBeUndefined();
    // 11.0.0.1/7 is 10.0.0.0/7, which contains 10/8.
    expect(nonPublicRange(prefix("11.0.0.1/7"))).toBe("private");
  });

  it("calls a prefix non-public exactly when one of its two halves is", () => {
    const splittable = fc.oneof(anyV4Prefix, anyV6Prefix).filter((p: Prefix) => p.length < BITS[p.family]);
    fc.assert(
      fc.property(splittable, (p) => {
        const [lo, hi] = split(p);
        const halves = nonPublicRange(lo) !== undefined || nonPublicRange(hi) !== undefined;
        expect(nonPublicRange(p) !== undefined).toBe(halves);
      }),
      { numRuns: RUNS },
    );
  });
});
