import * as fs from "node:fs";
import { EMPTY_ALLOCATIONS, type AllocationFile } from "./allocation";

/** The allocation file's usual name, next to the template (as CDK's `cdk.context.json`). */
export const ALLOCATION_FILE_NAME = "expressroute.allocations.json";

/**
 * Reads an allocation file; a missing file is an empty one. A file that is not an allocation file is an
 * error naming it (never treated as empty, which would renumber everything).
 */
export function readAllocationFile(file: string): AllocationFile {
  if (!fs.existsSync(file)) return EMPTY_ALLOCATIONS;
  let doc: unknown;
  try {
    doc = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(
      `${file} is not valid JSON (${(e as Error).message}); fix it, or restore it from version control`,
    );
  }
  const d = doc as Partial<AllocationFile> | null;
  const section = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (!d || d.version !== 1 || !section(d.peering ?? {}) || !section(d.globalReach ?? {}))
    throw new Error(
      `${file} is not an expressroute allocation file (version 1, with peering and globalReach sections); fix it, or restore it from version control`,
    );
  return { version: 1, peering: d.peering ?? {}, globalReach: d.globalReach ?? {} };
}

/** The file's text: stable key order and two-space indentation, so reviews see only real changes. */
export function allocationFileText(file: AllocationFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Writes the file when its content changed; returns whether it did. */
export function writeAllocationFile(path: string, file: AllocationFile): boolean {
  const text = allocationFileText(file);
  if (fs.existsSync(path) && fs.readFileSync(path, "utf8") === text) return false;
  fs.writeFileSync(path, text);
  return true;
}
