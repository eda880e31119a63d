import { PORT_CHANGES } from "../../core/facts/changes";
import { valueAt } from "../values";
import { changeFinding, ofKind, same, shown, type ChangeRule } from "./context";

/** A Direct port's encapsulation and bandwidth are fixed when it is ordered. */
export const directPortFixed: ChangeRule = {
  id: "change-direct-port-fixed",
  check(context) {
    return ofKind(context, "network:ExpressRoutePort").flatMap((m) => {
      if (!m.before || !m.after) return [];
      return PORT_CHANGES.fixed.flatMap((path) => {
        const [old, now] = [valueAt(m.before, path), valueAt(m.after, path)];
        if (old === undefined || now === undefined || same(old, now)) return [];
        return [
          changeFinding("change-direct-port-fixed", "mandatory", m, {
            path,
            message: `The Direct port's ${path} would change from ${shown(old)} to ${shown(now)}; a port's ${path} is fixed when it is ordered, so this is a new port (new cross-connects, and its circuits recreated). Source: ${PORT_CHANGES.source.url}`,
            value: `${shown(old)} -> ${shown(now)}`,
            allowed: `${shown(old)} (as deployed)`,
            fix: `Keep ${path} ${shown(old)}; for another, order a second port and move the circuits to it.`,
          }),
        ];
      });
    });
  },
};
