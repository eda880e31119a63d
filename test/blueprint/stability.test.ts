import { Construct } from "constructs";
import fc from "fast-check";
import { Estate, EstateCircuit, EstateGlobalReach, Site, type AllocationFile } from "../../lib/blueprint";

// Issue 9: an estate's addresses survive edits of the template. Whatever sites are added, retired or
// reordered, and whatever unrelated prop changes, no circuit or Global Reach pair that stays is renumbered.

const LOCATIONS = ["Amsterdam", "London", "Frankfurt", "Paris", "Dublin", "Amsterdam2", "London2", "Zurich"];

interface SitePlan {
  readonly id: number;
  readonly circuits: number;
  readonly bandwidthInMbps: number;
}

/** An estate built from site plans, in the given order, with Global Reach between the sites' first circuits. */
function build(plans: readonly SitePlan[], allocations?: AllocationFile): Estate {
  const estate = new Estate("Org", {
    peerAsn: 65100,
    resourceGroupName: "rg",
    pools: { peering: ["10.100.0.0/24", "10.102.0.0/24"], globalReach: "10.101.0.0/22" },
    defaults: { serviceProviderName: "Equinix" },
    allocations,
  });
  const firsts = plans.map((p) => {
    const site = new Site(estate, `Site-${p.id}`, { location: "westeurope", edgeRouters: ["a", "b"] });
    const circuits = Array.from(
      { length: p.circuits },
      (_, i) =>
        new EstateCircuit(site, `Circuit-${i}`, {
          peeringLocation: LOCATIONS[(p.id + i) % LOCATIONS.length],
          bandwidthInMbps: p.bandwidthInMbps,
        }),
    );
    return circuits[0];
  });
  if (firsts.length > 1) new EstateGlobalReach(estate, "Reach", { circuits: firsts });
  return estate;
}

const planArb = fc.record({
  id: fc.integer({ min: 0, max: 30 }),
  circuits: fc.integer({ min: 1, max: 2 }),
  bandwidthInMbps: fc.constantFrom(200, 1000),
});
const plansArb = fc.uniqueArray(planArb, { selector: (p) => p.id, minLength: 1, maxLength: 8 });

/** The active entries of a file (what users hold now). */
function active(file: AllocationFile): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const section of ["peering", "globalReach"] as const)
    for (const [k, r] of Object.entries(file[section])) if (!r.retired) out[`${section} ${k}`] = r;
  return out;
}

/** Every entry that is in both files keeps its addresses. */
function expectKept(before: AllocationFile, after: AllocationFile): void {
  const a = active(before);
  const b = active(after);
  for (const key of Object.keys(a)) if (key in b) expect(b[key]).toEqual(a[key]);
}

describe("allocation stability across edits of the template", () => {
  it("survives adding sites", () => {
    fc.assert(
      fc.property(plansArb, plansArb, (first, more) => {
        const before = build(first).allocate();
        fc.pre(before.problems.length === 0);
        const added = [...first, ...more.filter((m) => !first.some((f) => f.id === m.id))];
        const after = build(added, before.file).allocate();
        expectKept(before.file, after.file);
        expect(after.problems).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("survives retiring a site: its entries stay reserved, nobody else moves", () => {
    fc.assert(
      fc.property(plansArb, fc.nat(), (plans, pick) => {
        const before = build(plans).allocate();
        const gone = plans[pick % plans.length];
        const after = build(
          plans.filter((p) => p !== gone),
          before.file,
        ).allocate();
        expectKept(before.file, after.file);
        for (const [key, r] of Object.entries(after.file.peering))
          expect(Boolean(r.retired)).toBe(key.startsWith(`Org/Site-${gone.id}/`));
      }),
      { numRuns: 40 },
    );
  });

  it("survives reordering the constructs and changing an unrelated prop", () => {
    fc.assert(
      fc.property(plansArb, (plans) => {
        const before = build(plans).allocate();
        const reordered = [...plans]
          .reverse()
          .map((p) => ({ ...p, bandwidthInMbps: p.bandwidthInMbps === 200 ? 1000 : 200 }));
        // Even without the file, the same tree in another order allocates the same addresses.
        expect(build(reordered).allocate().file).toEqual(before.file);
        expect(build(reordered, before.file).allocate().file).toEqual(before.file);
      }),
      { numRuns: 40 },
    );
  });

  it("refuses a hand edit that gives two circuits one block, naming both, on the construct", () => {
    const before = build([{ id: 1, circuits: 2, bandwidthInMbps: 1000 }]).allocate().file;
    const edited: AllocationFile = {
      ...before,
      peering: {
        ...before.peering,
        "Org/Site-1/Circuit-1": {
          ...before.peering["Org/Site-1/Circuit-1"],
          prefix: before.peering["Org/Site-1/Circuit-0"].prefix,
        },
      },
    };
    const estate = build([{ id: 1, circuits: 2, bandwidthInMbps: 1000 }], edited);
    expect(estate.findings().filter((f) => f.ruleId === "estate-allocation")).toEqual([
      expect.objectContaining({
        resource: "Org/Site-1/Circuit-1",
        message:
          "Org/Site-1/Circuit-1 and Org/Site-1/Circuit-0 both hold 10.100.0.0/29 (an edit of the allocation file?).",
        severity: "mandatory",
      }),
    ]);
  });
});

describe("one allocation file for several environments", () => {
  /** An estate with one site under the environment construct `env`. */
  function environment(env: string, allocations?: AllocationFile, scope?: string): Estate {
    const estate = new Estate("Org", {
      peerAsn: 65100,
      resourceGroupName: "rg",
      pools: { peering: "10.100.0.0/24" },
      defaults: { serviceProviderName: "Equinix" },
      allocations,
      allocationScope: scope,
    });
    const site = new Site(new Construct(estate, env), "Site-A", {
      location: "westeurope",
      edgeRouters: ["a", "b"],
    });
    new EstateCircuit(site, "Circuit-0", { peeringLocation: "Amsterdam" });
    return estate;
  }

  it("leaves the other environments' entries alone when each stack renders its own (allocationScope)", () => {
    const prod = environment("prod", undefined, "prod").allocate().file;
    const both = environment("dev", prod, "dev").allocate().file;
    expect(both.peering["Org/prod/Site-A/Circuit-0"]).toEqual(prod.peering["Org/prod/Site-A/Circuit-0"]);
    expect(both.peering["Org/dev/Site-A/Circuit-0"]).toEqual({ prefix: "10.100.0.8/29", vlan: 101 });
    // Without a scope, the whole estate is this program's: prod's entry is retired, still reserved.
    expect(environment("dev", prod).allocate().file.peering["Org/prod/Site-A/Circuit-0"].retired).toBe(true);
  });
});
