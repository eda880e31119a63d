import { GATEWAY_SKU_FAMILIES } from "../../core/facts/changes";
import { valueAt } from "../values";
import { changeFinding, ofKind, same, type ChangeRule } from "./context";

const family = (sku: unknown) =>
  GATEWAY_SKU_FAMILIES.zoneRedundant.some((s) => same(s, sku))
    ? "zone-redundant"
    : GATEWAY_SKU_FAMILIES.notZoneRedundant.some((s) => same(s, sku))
      ? "not zone-redundant"
      : undefined;

/** A gateway's SKU changes in place only within its family (AZ or not). */
export const gatewaySkuFamily: ChangeRule = {
  id: "change-gateway-sku-family",
  check(context) {
    return ofKind(context, "network:VirtualNetworkGateway").flatMap((m) => {
      if (!m.before || !m.after) return [];
      const [old, now] = [valueAt(m.before, "sku.name"), valueAt(m.after, "sku.name")];
      const [from, to] = [family(old), family(now)];
      if (!from || !to || from === to) return [];
      return [
        changeFinding("change-gateway-sku-family", "mandatory", m, {
          path: "sku.name",
          message: `The gateway's SKU would change from ${String(old)} (${from}) to ${String(now)} (${to}); Azure does not move a gateway between the two families in place. Source: ${GATEWAY_SKU_FAMILIES.source.url}`,
          value: `${String(old)} -> ${String(now)}`,
          allowed: `a SKU of the ${from} family`,
          fix:
            to === "zone-redundant"
              ? "Migrate the gateway with Azure's gateway migration (it builds the new gateway beside the old one and moves the connections), then set the new SKU here."
              : "Keep a zone-redundant SKU; a gateway does not go back to the older SKUs.",
        }),
      ];
    });
  },
};
