import { UNKNOWN } from "../../../lib/core/model";
import { directPortMacsec } from "../../../lib/core/rules/direct-port-macsec";
import {
  KEY_VAULT_CKN,
  PORT,
  VALID_MODELS,
  directModel,
  expectOnly,
  expectOnlyUnverifiable,
  expectValueShows,
  macSec,
  portLink,
  run,
} from "./fixtures";

const ruleId = "direct-port-macsec";

/** A port whose first link has these MACsec settings; the second link stays valid. */
function firstLinkMacSec(overrides: Parameters<typeof macSec>[0]) {
  return directModel({ links: [portLink({ macSec: macSec(overrides) }), portLink()] });
}

describe("direct-port-macsec", () => {
  it.each(VALID_MODELS)("accepts a valid %s", (_name, m) => {
    expect(run(directPortMacsec, m)).toEqual([]);
  });

  it("accepts a port without MACsec and without an identity", () => {
    const m = directModel({
      links: [portLink({ macSec: undefined }), portLink({ macSec: undefined })],
      userAssignedIdentities: [],
    });
    expect(run(directPortMacsec, m)).toEqual([]);
  });

  it.each([
    ["a versioned secret id", { cakSecretIdentifier: `${KEY_VAULT_CKN}/0123456789abcdef0123456789abcdef` }],
    ["a secret id with a trailing slash", { cknSecretIdentifier: `${KEY_VAULT_CKN}/` }],
    [
      "a sovereign-cloud vault",
      { cknSecretIdentifier: "https://er-vault.vault.usgovcloudapi.net/secrets/ckn" },
    ],
    ["the GcmAesXpn128 cipher", { cipher: "GcmAesXpn128" }],
  ])("accepts MACsec with %s", (_what, overrides) => {
    expect(run(directPortMacsec, firstLinkMacSec(overrides))).toEqual([]);
  });

  it.each([
    {
      what: "MACsec without a CKN",
      overrides: { cknSecretIdentifier: undefined },
      field: "cknSecretIdentifier",
      bad: undefined,
    },
    {
      what: "a CKN that names a Key Vault key instead of a secret",
      overrides: { cknSecretIdentifier: "https://er-vault.vault.azure.net/keys/macsec-ckn" },
      field: "cknSecretIdentifier",
      bad: "https://er-vault.vault.azure.net/keys/macsec-ckn",
    },
    {
      what: "a cipher ExpressRoute Direct does not support",
      overrides: { cipher: "Aes128Cbc" },
      field: "cipher",
      bad: "Aes128Cbc",
    },
  ])("rejects $what", ({ overrides, field, bad }) => {
    const f = expectOnly(run(directPortMacsec, firstLinkMacSec(overrides)), {
      ruleId,
      severity: "mandatory",
      path: `links[0].macSecConfig.${field}`,
      resource: PORT,
    });
    expectValueShows(f, bad);
  });

  it.each([
    {
      what: "a CAK given as a bare secret name",
      overrides: { cakSecretIdentifier: "macsec-cak" },
      field: "cakSecretIdentifier",
      raw: "macsec-cak",
    },
    {
      what: "a CKN secret id over plain http",
      overrides: { cknSecretIdentifier: "http://er-vault.vault.azure.net/secrets/macsec-ckn" },
      field: "cknSecretIdentifier",
      raw: "http://er-vault.vault.azure.net/secrets/macsec-ckn",
    },
    {
      what: "a raw 64-hex-digit CKN",
      overrides: { cknSecretIdentifier: "0123456789abcdef".repeat(4) },
      field: "cknSecretIdentifier",
      raw: "0123456789abcdef".repeat(4),
    },
    {
      what: "a raw 32-hex-digit CAK",
      overrides: { cakSecretIdentifier: "fedcba9876543210".repeat(2) },
      field: "cakSecretIdentifier",
      raw: "fedcba9876543210".repeat(2),
    },
  ])("rejects $what and describes the value instead of printing it", ({ overrides, field, raw }) => {
    const f = expectOnly(run(directPortMacsec, firstLinkMacSec(overrides)), {
      ruleId,
      severity: "mandatory",
      path: `links[0].macSecConfig.${field}`,
      resource: PORT,
    });
    expect(f.value).toBe(`a value of ${raw.length} characters that is not a Key Vault URL`);
    for (const text of [f.value, f.message, f.allowed, f.fix]) expect(text).not.toContain(raw);
  });

  it.each(["GcmAes128", "GcmAes256"])(
    "accepts the supported non-XPN cipher %s, leaving the advice to direct-port-macsec-xpn",
    (cipher) => {
      expect(run(directPortMacsec, firstLinkMacSec({ cipher }))).toEqual([]);
    },
  );

  it.each([
    { what: "an empty identity list", ids: [], bad: [] },
    { what: "unset identities", ids: undefined, bad: undefined },
  ])("rejects MACsec on a port with $what", ({ ids, bad }) => {
    const f = expectOnly(run(directPortMacsec, directModel({ userAssignedIdentities: ids })), {
      ruleId,
      severity: "mandatory",
      path: "identity",
      resource: PORT,
    });
    expectValueShows(f, bad);
  });

  it("reports the properties as the user wrote them when the origin maps the fields", () => {
    const m = directModel({
      origin: {
        resource: PORT,
        fields: {
          "links[0].macSecConfig": "macSec",
          "links[1].macSecConfig": "macSec",
          identity: "macSec.identityId",
        },
      },
      links: [portLink(), portLink({ macSec: macSec({ cakSecretIdentifier: "macsec-cak" }) })],
      userAssignedIdentities: [],
    });
    expect(run(directPortMacsec, m).map((f) => [f.path, f.severity])).toEqual([
      ["macSec.cakSecretIdentifier", "mandatory"],
      ["macSec.identityId", "mandatory"],
    ]);
  });

  it.each([
    { field: "links", m: directModel({ links: UNKNOWN }) },
    {
      field: "links[0].macSecConfig.cknSecretIdentifier",
      m: firstLinkMacSec({ cknSecretIdentifier: UNKNOWN }),
    },
    {
      field: "links[0].macSecConfig.cakSecretIdentifier",
      m: firstLinkMacSec({ cakSecretIdentifier: UNKNOWN }),
    },
    { field: "links[0].macSecConfig.cipher", m: firstLinkMacSec({ cipher: UNKNOWN }) },
    { field: "identity", m: directModel({ userAssignedIdentities: UNKNOWN }) },
  ])("reports an unknown $field as unverifiable, never as a violation", ({ field, m }) => {
    expectOnlyUnverifiable(run(directPortMacsec, m), ruleId, field, PORT);
  });
});
