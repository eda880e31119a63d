import { MACSEC_CIPHERS } from "../facts/circuit";
import type { Maybe, PortModel } from "../model";
import { oneOf, type Reporter, type Rule } from "./rule";

const KEY_VAULT_SECRET =
  /^https:\/\/[a-z0-9-]{3,24}\.vault\.[a-z0-9.]+\/secrets\/[A-Za-z0-9-]{1,127}(\/[0-9a-f]{32})?\/?$/;

function checkSecretId(report: Reporter, port: PortModel, field: string, value: Maybe<string>): void {
  if (!report.known(port, field, value)) return;
  if (value !== undefined && KEY_VAULT_SECRET.test(value)) return;
  report.fail(port, field, {
    message:
      value === undefined
        ? "MACsec needs both the CKN and the CAK."
        : "This is not a Key Vault secret identifier.",
    // A value that is not an https id may be the key itself: describe it, never print it.
    shown:
      value === undefined
        ? "(not set)"
        : value.startsWith("https://")
          ? JSON.stringify(value)
          : `a value of ${value.length} characters that is not a Key Vault URL`,
    allowed: "a Key Vault secret id, e.g. https://my-vault.vault.azure.net/secrets/macsec-ckn",
    fix: "Store the key in Key Vault and pass the secret's id (never the key itself).",
  });
}

export const directPortMacsec: Rule = {
  id: "direct-port-macsec",
  severity: "mandatory",
  description:
    "MACsec on an ExpressRoute Direct port takes its CKN and CAK from Key Vault secret ids, uses a supported cipher, and the port has a user-assigned identity to read them.",
  why: "The port reads the keys from Key Vault with its identity; without it, or with a wrong cipher, MACsec stays down.",
  source: MACSEC_CIPHERS.source,
  check(model, report) {
    for (const port of model.ports) {
      if (!report.known(port, "links", port.links)) continue;
      let anyMacsec = false;
      (port.links ?? []).forEach((l, i) => {
        if (!l.macSec) return;
        anyMacsec = true;
        const at = `links[${i}].macSecConfig`;
        checkSecretId(report, port, `${at}.cknSecretIdentifier`, l.macSec.cknSecretIdentifier);
        checkSecretId(report, port, `${at}.cakSecretIdentifier`, l.macSec.cakSecretIdentifier);
        const cipher = l.macSec.cipher;
        if (!report.known(port, `${at}.cipher`, cipher) || cipher === undefined) return;
        if (!(MACSEC_CIPHERS.value as readonly string[]).includes(cipher)) {
          report.fail(port, `${at}.cipher`, {
            message: "The MACsec cipher is not one ExpressRoute Direct supports.",
            value: cipher,
            allowed: oneOf(MACSEC_CIPHERS.value),
            fix: `Use ${MACSEC_CIPHERS.recommended[1]}.`,
          });
        }
      });
      const ids = port.userAssignedIdentities;
      if (anyMacsec && report.known(port, "identity", ids) && (ids?.length ?? 0) === 0) {
        report.fail(port, "identity", {
          message:
            "MACsec is configured but the port has no user-assigned identity to read the Key Vault secrets.",
          value: ids,
          allowed: "one user-assigned identity with get access to the secrets",
          fix: "Create a user-assigned identity, grant it Key Vault secret read access, and assign it to the port.",
        });
      }
    }
  },
};
