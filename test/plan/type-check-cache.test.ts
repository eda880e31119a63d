import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { cacheDirectory, typeCheckCache } from "../../lib/plan/type-check-cache";
import { typeCheckProgram } from "../../lib/plan/type-check";

// Issue 11: a plan of an unchanged program skips its type check; any change to a file the check read checks again.

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "expressroute-tc-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

describe("the type check cache", () => {
  it("knows a pass while every file it read keeps its content", () => {
    const a = write("a.ts", "export const a = 1;\n");
    const b = write("b.ts", "export const b = 2;\n");
    const entry = path.join(dir, `entry-${Date.now()}.ts`);
    const cache = typeCheckCache(entry, "key");
    expect(cache.passedBefore()).toBe(false);
    cache.recordPass([a, b]);
    expect(cache.passedBefore()).toBe(true);
    expect(typeCheckCache(entry, "another compiler or options").passedBefore()).toBe(false);
    write("b.ts", "export const b = 3;\n");
    expect(cache.passedBefore()).toBe(false);
    cache.recordPass([a, b]);
    fs.rmSync(b);
    expect(cache.passedBefore()).toBe(false);
  });

  it("lives under the nearest node_modules/.cache, else the temporary directory", () => {
    expect(cacheDirectory(path.resolve(__dirname, "../fixtures/raw-program"))).toBe(
      path.resolve(__dirname, "../../node_modules/.cache/pulumi-expressroute/type-check"),
    );
    expect(cacheDirectory(dir)).toBe(path.join(os.tmpdir(), "pulumi-expressroute", "type-check"));
  });

  it("never keeps a failed check, and finds an error introduced after a pass", () => {
    const lib = write("lib.ts", "export const size: number = 29;\n");
    const entry = write("index.ts", 'import { size } from "./lib";\nexport const prefix: number = size;\n');
    expect(() => typeCheckProgram(entry)).not.toThrow();
    expect(() => typeCheckProgram(entry)).not.toThrow(); // from the cache
    write("lib.ts", 'export const size: string = "29";\n');
    expect(() => typeCheckProgram(entry)).toThrow(
      /index\.ts:2:14: Type 'string' is not assignable to type 'number'/,
    );
    expect(() => typeCheckProgram(entry)).toThrow(/TS2322/); // a failure is checked again, not remembered
    fs.writeFileSync(lib, "export const size: number = 29;\n");
    expect(() => typeCheckProgram(entry)).not.toThrow();
  });
});
