import { specialSecretSig, specialSigKey } from "@pulumi/pulumi/runtime/rpc";
import { ProgramError } from "../plan/program-project";

/** One resource of a deployment as `pulumi stack export` writes it (deployment format version 3). */
export interface StateResource {
  readonly urn: string;
  readonly type: string;
  readonly custom: boolean;
  readonly id?: string;
  readonly parent?: string;
  readonly protect: boolean;
  /** Inputs as exported: a secret is `{ [SIG]: SECRET_SIG, ciphertext | plaintext }`. */
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, unknown>;
  /** URNs this resource was known by before (`aliases` in the export). */
  readonly aliases: readonly string[];
}

/** The stack a state belongs to, and its resources. */
export interface StackState {
  readonly stack: string;
  readonly project: string;
  readonly resources: readonly StateResource[];
}

/** True for an exported secret value (encrypted, or in plain text with --show-secrets). */
export function isExportedSecret(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)[specialSigKey] === specialSecretSig
  );
}

/** The stack and project a URN names (`urn:pulumi:STACK::PROJECT::TYPE::NAME`). */
export function urnParts(urn: string): {
  stack: string;
  project: string;
  qualifiedType: string;
  name: string;
} {
  const m = /^urn:pulumi:([^:]*)::([^:]*)::(.*?)::(.*)$/s.exec(urn);
  if (!m) return { stack: "", project: "", qualifiedType: "", name: urn };
  return { stack: m[1], project: m[2], qualifiedType: m[3], name: m[4] };
}

/**
 * A URN as the engine writes it: resources whose parent is the stack carry no `pulumi:pulumi:Stack$` in their
 * type (the SDK's mock monitor adds it, the engine does not).
 */
export function normalUrn(urn: string): string {
  return urn.replace(/::pulumi:pulumi:Stack\$/, "::");
}

function fail(file: string, why: string): never {
  throw new ProgramError(
    `--state ${file}: ${why}; expected the output of \`pulumi stack export\` (deployment version 3)`,
  );
}

/** Reads a stack export, checking its shape; names what is wrong with a file that is not one. */
export function parseStackExport(text: string, file = "state"): StackState {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    fail(file, `not JSON (${(e as Error).message.split("\n")[0]})`);
  }
  const o = doc as { version?: unknown; deployment?: { resources?: unknown } } | null;
  if (typeof o !== "object" || o === null) fail(file, "not an object");
  if (o.version !== 3) fail(file, `deployment version ${JSON.stringify(o.version)}`);
  const resources = o.deployment?.resources ?? [];
  if (!Array.isArray(resources)) fail(file, "deployment.resources is not a list");
  const parsed = resources.map((r: unknown, i: number): StateResource => {
    const x = r as Record<string, unknown> | null;
    if (typeof x !== "object" || x === null || typeof x.urn !== "string" || typeof x.type !== "string")
      fail(file, `deployment.resources[${i}] has no urn or type`);
    const object = (v: unknown) =>
      typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
    return {
      urn: x.urn,
      type: x.type,
      custom: x.custom === true,
      id: typeof x.id === "string" ? x.id : undefined,
      parent: typeof x.parent === "string" && x.parent !== "" ? x.parent : undefined,
      protect: x.protect === true,
      inputs: object(x.inputs),
      outputs: object(x.outputs),
      aliases: Array.isArray(x.aliases) ? x.aliases.filter((a): a is string => typeof a === "string") : [],
    };
  });
  const first = parsed.find((r) => r.urn.startsWith("urn:pulumi:"));
  const { stack, project } = first ? urnParts(first.urn) : { stack: "", project: "" };
  return { stack, project, resources: parsed };
}
