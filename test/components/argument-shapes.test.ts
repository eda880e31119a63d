import * as path from "node:path";
import * as ts from "typescript";
import type { Shape } from "../../lib/components/argument-shape";
import { ARGUMENT_SHAPES } from "../../lib/components/argument-shapes";

// The run-time shapes that refuse hostile arguments (rule argument-type) mirror the TypeScript declarations:
// every declared argument has a shape, nothing undeclared has one, and optional means optional in both.

const root = path.resolve(__dirname, "../..");
const program = ts.createProgram([path.join(root, "lib/components/index.ts")], {
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
});
const checker = program.getTypeChecker();

/** The exported interface `name` of the components' modules. */
function declared(name: string): ts.Type {
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.includes("/lib/components/")) continue;
    for (const statement of file.statements) {
      if (
        (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
        statement.name.text === name
      )
        return checker.getTypeAtLocation(statement);
    }
  }
  throw new Error(`no interface or type ${name} in lib/components`);
}

/** A property's type without `undefined`. */
function definite(t: ts.Type): ts.Type {
  return checker.getNonNullableType(t);
}

/** Where a shape and its declaration differ, as `path: what`. */
function differences(shape: Shape, type: ts.Type, at: string): string[] {
  const t = definite(type);
  if (shape.kind === "list") {
    const element = checker.getIndexTypeOfType(t, ts.IndexKind.Number);
    return element
      ? differences(shape.of, element, `${at}[]`)
      : [`${at}: declared ${checker.typeToString(t)}, shaped as a list`];
  }
  if (shape.kind !== "object") return [];
  const props = checker.getPropertiesOfType(t);
  const out: string[] = [];
  const names = new Set(props.map((p) => p.name));
  for (const key of Object.keys(shape.fields))
    if (!names.has(key)) out.push(`${at}${key}: has a shape but is not declared`);
  for (const p of props) {
    const field = shape.fields[p.name];
    if (!field) {
      out.push(`${at}${p.name}: is declared but has no shape`);
      continue;
    }
    const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
    // A required argument left to a domain rule (which says why it is needed) is optional to the shape.
    if (optional !== Boolean(field.optional) && !(field.missingReportedBy && !optional))
      out.push(`${at}${p.name}: ${optional ? "optional" : "required"} in TypeScript, not in its shape`);
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    if (decl) out.push(...differences(field, checker.getTypeOfSymbolAtLocation(p, decl), `${at}${p.name}.`));
  }
  return out;
}

describe("argument shapes", () => {
  it.each(Object.keys(ARGUMENT_SHAPES))(
    "%s's shape matches its declared arguments, nested objects and lists included",
    (component) => {
      expect(differences(ARGUMENT_SHAPES[component], declared(`${component}Args`), "")).toEqual([]);
    },
  );
});
