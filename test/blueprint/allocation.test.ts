import fc from "fast-check";
import {
  allocate,
  type AllocationFile,
  type AllocationPools,
  type AllocationRequest,
} from "../../lib/blueprint/allocation";
import { overlaps, prefix } from "../../lib/core/ip/prefix";

// Issue 9: stable addresses. Re-running never renumbers; a new user takes a free block; a removed one keeps
// its block (retired) until its entry is deleted; a hand edit that gives one block to two users is refused.

const POOLS: AllocationPools = {
  peering: ["10.100.0.0/24", "10.110.0.0/26"],
  globalReach: ["10.101.0.0/26"],
  vlans: { min: 100, max: 399 },
};

const peering = (key: string): AllocationRequest => ({ section: "peering", key });
const reach = (key: string): AllocationRequest => ({ section: "globalReach", key });

/** Keys like construct paths: `Estate/env/Site-x/Circuit-y`. */
const keyArb = fc
  .tuple(
    fc.constantFrom("dev", "prod"),
    fc.integer({ min: 0, max: 40 }),
    fc.constantFrom("Primary", "Secondary"),
  )
  .map(([env, site, c]) => `Contoso/${env}/Site-${site}/Circuit-${c}`);
const requestsArb = fc.uniqueArray(keyArb, { maxLength: 30 }).map((keys) => keys.map(peering));

/** Every block of the file (active and retired), with its key. */
function blocks(file: AllocationFile) {
  return (["peering", "globalReach"] as const).flatMap((s) =>
    Object.entries(file[s]).map(([key, r]) => ({ section: s, key, prefix: prefix(r.prefix), vlan: r.vlan })),
  );
}

function expectDisjoint(file: AllocationFile): void {
  const all = blocks(file);
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i].prefix, all[j].prefix)).toBe(false);
  const vlans = all.map((b) => b.vlan).filter((v) => v !== undefined);
  expect(new Set(vlans).size).toBe(vlans.length);
}

describe("allocation", () => {
  it("gives each user a /29 of its pool and each peering a VLAN, lowest first", () => {
    const r = allocate([peering("a"), peering("b"), reach("a <-> b")], POOLS);
    expect(r.problems).toEqual([]);
    expect(r.file).toEqual({
      version: 1,
      peering: { a: { prefix: "10.100.0.0/29", vlan: 100 }, b: { prefix: "10.100.0.8/29", vlan: 101 } },
      globalReach: { "a <-> b": { prefix: "10.101.0.0/29" } },
    });
  });

  it("does not depend on the order of the users (construct order)", () => {
    fc.assert(
      fc.property(requestsArb, (requests) => {
        const shuffled = [...requests].reverse();
        expect(allocate(shuffled, POOLS).file).toEqual(allocate(requests, POOLS).file);
      }),
    );
  });

  it("never renumbers what the file holds when users are added", () => {
    fc.assert(
      fc.property(requestsArb, requestsArb, (first, added) => {
        const before = allocate(first, POOLS).file;
        const after = allocate([...first, ...added], POOLS, before);
        for (const [key, record] of Object.entries(before.peering))
          expect(after.file.peering[key]).toEqual(record);
        expectDisjoint(after.file);
      }),
    );
  });

  it("is idempotent: allocating again from its own file changes nothing", () => {
    fc.assert(
      fc.property(requestsArb, (requests) => {
        const once = allocate(requests, POOLS).file;
        expect(allocate(requests, POOLS, once).file).toEqual(once);
      }),
    );
  });

  it("keeps a removed user's block reserved (retired), and gives it back when the user returns", () => {
    fc.assert(
      fc.property(requestsArb, fc.integer({ min: 0, max: 29 }), keyArb, (requests, drop, newcomer) => {
        fc.pre(requests.length > 0 && !requests.some((r) => r.key === newcomer));
        const gone = requests[drop % requests.length];
        const before = allocate(requests, POOLS).file;
        const without = allocate([...requests.filter((r) => r !== gone), peering(newcomer)], POOLS, before);
        expect(without.file.peering[gone.key]).toEqual({ ...before.peering[gone.key], retired: true });
        expect(without.get("peering", gone.key)).toBeUndefined();
        expectDisjoint(without.file);
        const back = allocate([...requests, peering(newcomer)], POOLS, without.file);
        expect(back.file.peering[gone.key]).toEqual(before.peering[gone.key]);
      }),
    );
  });

  it("frees a retired block only when its entry is deleted from the file", () => {
    const first = allocate([peering("a"), peering("b")], POOLS).file;
    const retired = allocate([peering("b")], POOLS, first).file;
    expect(allocate([peering("b"), peering("c")], POOLS, retired).file.peering.c.prefix).toBe(
      "10.100.0.16/29",
    );
    const { a: _deleted, ...rest } = retired.peering;
    const released = { ...retired, peering: rest };
    expect(allocate([peering("b"), peering("c")], POOLS, released).file.peering.c).toEqual({
      prefix: "10.100.0.0/29",
      vlan: 100,
    });
  });

  it("refuses a hand edit that gives one block to two users, naming both, and moves neither", () => {
    const file = allocate([peering("a"), peering("b")], POOLS).file;
    const edited: AllocationFile = {
      ...file,
      peering: { ...file.peering, b: { prefix: "10.100.0.0/29", vlan: 101 } },
    };
    const r = allocate([peering("a"), peering("b")], POOLS, edited);
    expect(r.problems).toEqual([
      expect.objectContaining({
        section: "peering",
        key: "b",
        message: expect.stringMatching(/b and a both hold 10\.100\.0\.0\/29/),
      }),
    ]);
    expect(r.get("peering", "b")).toBeUndefined();
    expect(r.file.peering.a).toEqual(file.peering.a);
  });

  it("refuses a hand edit that gives one VLAN to two users, and a block outside the pools", () => {
    const file = allocate([peering("a"), peering("b")], POOLS).file;
    const vlan = allocate([peering("a"), peering("b")], POOLS, {
      ...file,
      peering: { ...file.peering, b: { ...file.peering.b, vlan: 100 } },
    });
    expect(vlan.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/b and a both hold VLAN 100/),
    ]);
    const outside = allocate([peering("a")], POOLS, {
      ...file,
      peering: { a: { prefix: "192.168.0.0/29", vlan: 100 } },
    });
    expect(outside.problems.map((p) => [p.key, p.message])).toEqual([
      ["a", expect.stringMatching(/not an aligned \/29 of the peering pool/)],
    ]);
  });

  it("says when a pool is full, with how to free or add room", () => {
    const r = allocate([peering("a"), peering("b")], { ...POOLS, peering: ["10.100.0.0/29"] });
    expect(r.problems).toEqual([
      expect.objectContaining({ key: "b", message: expect.stringMatching(/no free \/29 left for b/) }),
    ]);
  });

  it("leaves the entries of another part of the estate (another environment) as they are", () => {
    const both = allocate([peering("Contoso/dev/x"), peering("Contoso/prod/y")], POOLS).file;
    const devOnly = allocate([peering("Contoso/dev/x")], POOLS, both, (_s, key) =>
      key.startsWith("Contoso/dev/"),
    );
    expect(devOnly.file).toEqual(both);
  });
});
