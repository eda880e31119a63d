import { SOURCES } from "../facts/sources";
import { declaredCircuits } from "./each";
import { type Rule } from "./rule";

export const directPortLinkDisabled: Rule = {
  id: "direct-port-link-disabled",
  severity: "advisory",
  description:
    "Circuits sit on an ExpressRoute Direct port whose two links are both enabled; a new port's links stay Disabled only until the cross-connects exist.",
  why: "Circuits carry traffic only over enabled links: with one link disabled a circuit on the port has no redundancy, with both disabled it carries nothing.",
  source: SOURCES.directPortal,
  check(model, report) {
    for (const port of model.ports) {
      const links = port.links;
      if (!Array.isArray(links)) continue;
      const circuits = declaredCircuits(model).filter((c) => c.direct?.portKey === port.key);
      if (circuits.length === 0) continue;
      links.forEach((l, i) => {
        if (l.adminState !== "Disabled") return;
        report.fail(port, `links[${i}].adminState`, {
          message: `Link ${i + 1} is disabled while ${circuits.length} circuit${circuits.length === 1 ? "" : "s"} ${circuits.length === 1 ? "sits" : "sit"} on the port: they have no redundancy${links.every((x) => x.adminState === "Disabled") ? " and carry no traffic" : ""}.`,
          value: l.adminState,
          allowed: '"Enabled" once the cross-connects are in place',
          fix: 'Set adminState to "Enabled" on both links after the Layer-1 test, or keep circuits off the port until then.',
        });
      });
    }
  },
};
