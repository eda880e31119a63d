import * as fs from "node:fs";
import * as path from "node:path";
import { rulesTable } from "../policies/rules-table";

// Writes policies/RULES.md from the rules and the pack.
fs.writeFileSync(path.join(__dirname, "..", "policies", "RULES.md"), rulesTable());
