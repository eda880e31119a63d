import * as fs from "node:fs";
import * as path from "node:path";
import { rulesTable } from "../lib/policy-pack";

// Writes policies/RULES.md from the rules and the pack.
fs.writeFileSync(path.join(__dirname, "..", "policies", "RULES.md"), rulesTable());
