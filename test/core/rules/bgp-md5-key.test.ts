import type { Finding } from "../../../lib/core/findings";
import { UNKNOWN } from "../../../lib/core/model";
import { bgpMd5Key } from "../../../lib/core/rules/bgp-md5-key";
import {
  CIRCUIT,
  VALID_MODELS,
  expectOnly,
  expectOnlyUnverifiable,
  microsoftModel,
  privatePeeringModel,
  run,
} from "./fixtures";

const ruleId = "bgp-md5-key-format";

/** Asserts no text of the finding (value, message, allowed, fix, path) contains the key. */
function expectNotEchoed(f: Finding, key: string): void {
  expect(f.value).not.toContain(key);
  for (const text of Object.values(f)) if (typeof text === "string") expect(text).not.toContain(key);
}

describe("bgp-md5-key-format", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(bgpMd5Key, m)).toEqual([]);
  });

  it.each([
    ["a peering without an MD5 key", undefined],
    ["a one-character key", "K"],
    ["a 25-character alphanumeric key", "Abcdefghijklmnopqrstuvw12"],
    ["a digits-only key", "0123456789"],
  ])("accepts %s", (_what, sharedKey) => {
    expect(run(bgpMd5Key, privatePeeringModel({ sharedKey }))).toEqual([]);
  });

  it.each([
    { what: "a 26-character key", key: "Abcdefghijklmnopqrstuvwx12", length: 26, nonAlnum: 0 },
    { what: "a key with punctuation", key: "Pa55w0rd!", length: 9, nonAlnum: 1 },
    { what: "a key with spaces", key: "my bgp key", length: 10, nonAlnum: 2 },
    { what: "a key with non-ASCII letters", key: "SchlüsselX", length: 10, nonAlnum: 1 },
    { what: "a key too long and with symbols", key: "Zq#9-Zq#9-Zq#9-Zq#9-Zq#9-Zq", length: 27, nonAlnum: 10 },
  ])("rejects $what without echoing the key", ({ key, length, nonAlnum }) => {
    const f = expectOnly(run(bgpMd5Key, privatePeeringModel({ sharedKey: key })), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.sharedKey",
      resource: CIRCUIT,
    });
    expectNotEchoed(f, key);
    // The value describes the bad key (its length, how many characters are wrong) instead of showing it.
    expect(f.value).toContain(String(length));
    if (nonAlnum) expect(f.value).toContain(String(nonAlnum));
  });

  it("rejects an empty key", () => {
    const f = expectOnly(run(bgpMd5Key, privatePeeringModel({ sharedKey: "" })), {
      ruleId,
      severity: "mandatory",
      path: "privatePeering.sharedKey",
    });
    expect(f.value).toContain("0");
  });

  it("checks the key of every peering, not only the private one", () => {
    const key = "Key-Of-Microsoft-Peering";
    const f = expectOnly(run(bgpMd5Key, microsoftModel({ sharedKey: key })), {
      ruleId,
      severity: "mandatory",
      path: "microsoftPeering.sharedKey",
    });
    expectNotEchoed(f, key);
  });

  it("reports the property as the user wrote it when the origin maps the field", () => {
    const m = privatePeeringModel({
      origin: { resource: CIRCUIT, path: "privatePeering", fields: { sharedKey: "bgpAuthKey" } },
      sharedKey: "not/a valid:key",
    });
    const f = expectOnly(run(bgpMd5Key, m), { ruleId, severity: "mandatory", path: "bgpAuthKey" });
    expectNotEchoed(f, "not/a valid:key");
  });

  it("reports an unknown key as unverifiable, never as a violation", () => {
    expectOnlyUnverifiable(
      run(bgpMd5Key, privatePeeringModel({ sharedKey: UNKNOWN })),
      ruleId,
      "privatePeering.sharedKey",
    );
  });
});
