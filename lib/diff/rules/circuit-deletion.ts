import { connectionsOfCircuit } from "../../core/rules/each";
import { normalUrn } from "../stack-export";
import { changeFinding, ofKind, type ChangeRule } from "./context";

/** Deleting a circuit that still has VNet links or Global Reach connections in the deployed stack. */
export const circuitDeletionWithLinks: ChangeRule = {
  id: "change-delete-circuit-with-links",
  check(context) {
    return ofKind(context, "network:ExpressRouteCircuit").flatMap((m) => {
      if (m.change.action !== "delete" || !m.state) return [];
      const key = normalUrn(m.state.urn);
      const links = connectionsOfCircuit(context.stateModel, key).length;
      const reach = (context.stateModel.globalReach ?? []).filter(
        (g) => g.circuitKey === key || g.peerCircuitKey === key,
      ).length;
      if (links + reach === 0) return [];
      return [
        changeFinding("change-delete-circuit-with-links", "advisory", m, {
          path: "(resource)",
          message: `The circuit to be deleted still has ${links} VNet link${links === 1 ? "" : "s"} and ${reach} Global Reach connection${reach === 1 ? "" : "s"} in the deployed stack; Azure refuses to delete a circuit with connections, and every network behind them loses its path.`,
          value: `${links + reach} connections`,
          allowed: "no connection left on a circuit being deleted",
          fix: "Move or remove the connections in an update of their own first.",
        }),
      ];
    });
  },
};
