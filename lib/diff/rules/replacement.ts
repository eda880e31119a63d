import { azureNativeKind, ARM_SHAPES } from "../../core/translate";
import type { MatchedResource } from "../diff";
import { valueAt } from "../values";
import { changeFinding, type ChangeContext, type ChangeRule } from "./context";

/** The kinds whose replacement or deletion is an outage: circuits (new service key, new provider order), ports, Global Reach. */
const CRITICAL: Record<string, string> = {
  "network:ExpressRouteCircuit": "circuit",
  "network:ExpressRoutePort": "ExpressRoute Direct port",
  "network:ExpressRouteCircuitConnection": "Global Reach connection",
};

/** The ARM name of a resource (its innermost name input), to recognise the same resource under a new URN. */
function armName(m: MatchedResource, side: "before" | "after"): unknown {
  const segments = ARM_SHAPES[azureNativeKind(m.change.type) ?? ""]?.segments ?? [];
  const values = m[side];
  return values ? segments.map(([, name]) => valueAt(values, name)).join("/") : undefined;
}

/** The created resource that is most likely the deleted one under a new URN: same type, same ARM name, or the only one. */
function renamedAs(context: ChangeContext, deleted: MatchedResource): MatchedResource | undefined {
  const created = context.matched.filter(
    (c) => c.change.action === "create" && c.change.type === deleted.change.type,
  );
  return (
    created.find((c) => armName(c, "after") === armName(deleted, "before")) ??
    (created.length === 1 ? created[0] : undefined)
  );
}

/** Replacing or deleting a circuit, a Direct port or a Global Reach connection is refused. */
export const criticalReplacement: ChangeRule = {
  id: "change-replaces-critical",
  check(context) {
    return context.matched.flatMap((m) => {
      const what = CRITICAL[azureNativeKind(m.change.type) ?? ""];
      if (!what) return [];
      if (m.change.action === "replace")
        return [
          changeFinding("change-replaces-critical", "mandatory", m, {
            path: m.change.replaceBecause.join(", "),
            message: `The ${what} would be replaced because ${m.change.replaceBecause.join(", ")} changes, which Azure cannot change in place: a new ${what}${what === "circuit" ? ", a new service key and a new order with the provider" : ""}, and an outage while it is rebuilt.`,
            value: m.change.changes
              .filter((c) => m.change.replaceBecause.includes(c.path))
              .map((c) => `${c.path}: ${JSON.stringify(c.old)} -> ${JSON.stringify(c.new)}`)
              .join("; "),
            allowed: `the deployed ${m.change.replaceBecause.join(", ")}`,
            fix: `Keep the deployed values; for another ${what}, create it beside this one, move the connections, then remove this one.`,
          }),
        ];
      if (m.change.action !== "delete") return [];
      const renamed = renamedAs(context, m);
      return [
        changeFinding("change-replaces-critical", "mandatory", m, {
          path: "(resource)",
          message: renamed
            ? `The ${what} would be deleted and ${renamed.change.urn} created in its place: its URN changed (a new logical name or parent), and without an alias Pulumi takes it for a new ${what}.`
            : `The program no longer declares this ${what}, so it would be deleted: an outage for whatever uses it.`,
          value: m.change.urn,
          allowed: `the ${what} kept, under its URN or an alias of it`,
          fix: renamed
            ? `Give the new resource the option aliases: [${JSON.stringify(m.change.urn)}] (or { name, parent } of the old one), so Pulumi moves it instead of replacing it.`
            : `Declare the ${what} again; to retire it, remove its connections first and delete it in a change of its own, on purpose.`,
        }),
      ];
    });
  },
};
