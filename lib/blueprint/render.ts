import * as pulumi from "@pulumi/pulumi";
import type { CircuitComponent } from "../components/circuit-component";
import type { CircuitConnection } from "../components/circuit-connection";
import { ExpressRouteGateway } from "../components/expressroute-gateway";
import { GlobalReachMesh } from "../components/global-reach-mesh";
import { LocalCircuit } from "../components/local-circuit";
import { PremiumCircuit } from "../components/premium-circuit";
import { RedundantCircuit } from "../components/redundant-circuit";
import { throwIfInvalid, warnAdvisories } from "../components/validation-error";
import { allocationFileText, writeAllocationFile } from "./allocation-file";
import type { AllocationFile } from "./allocation";
import { applyAspects } from "./aspects";
import type { Estate } from "./estate";
import type { EstateCircuit } from "./estate-circuit";
import { plannedCircuits, plannedGateways } from "./component-args";
import { circuitSettings, estateAllocation, membersOf, pairKey } from "./estate-model";
import { ESTATE_RULES, estateFindings } from "./validate-estate";

/** Options of {@link renderEstate}. */
export interface RenderEstateOptions {
  /**
   * The allocation file (`expressroute.allocations.json` next to the template) that new allocations are
   * recorded in, to be committed and reviewed.
   * @default none: new allocations are used, and a warning says they are not recorded
   */
  readonly allocationFile?: string;
  /**
   * Whether to write new allocations to `allocationFile`.
   * @default true, unless the CI environment variable is set (in CI the committed file must already hold them)
   */
  readonly writeAllocations?: boolean;
  /**
   * Options of the estate's component (its parent, its provider).
   * @default none
   */
  readonly opts?: pulumi.ComponentResourceOptions;
}

/** What the plan's summary shows of an estate: its sites, circuits, hubs, Global Reach and addresses. */
export interface EstateSummary {
  readonly estate: string;
  readonly sites: readonly {
    readonly path: string;
    readonly location: string;
    readonly edgeRouters: readonly string[];
    readonly circuits: readonly {
      readonly path: string;
      readonly peeringLocation: string;
      readonly provider?: string;
      readonly tier: string;
      readonly bandwidthInMbps: number;
      readonly peeringPrefix?: string;
      readonly vlan?: number;
    }[];
  }[];
  readonly hubs: readonly {
    readonly path: string;
    readonly location: string;
    readonly circuits: readonly string[];
  }[];
  readonly globalReach: readonly { readonly pair: string; readonly prefix?: string }[];
  /** Ids of the rules the estate was validated with beyond the library's (its own, and the org's). */
  readonly rules: readonly string[];
  /** Entries of the allocation file this run added or changed (new users, users retired). */
  readonly changes: number;
  /** The file the changes were written to, when they were; otherwise they are not recorded yet. */
  readonly recordedIn?: string;
}

/**
 * An estate rendered into the library's components: one component resource (type `expressroute:blueprint:Estate`)
 * named after the estate, with a circuit component per circuit, a gateway per hub with its VNet links, and a
 * Global Reach mesh per Global Reach construct, each named after its construct path so resource names stay
 * the same when constructs are reordered.
 */
export class EstateDeployment extends pulumi.ComponentResource {
  /** The circuit components, by construct path. */
  public readonly circuits: Readonly<Record<string, CircuitComponent>>;
  /** The hubs' gateways, by construct path. */
  public readonly gateways: Readonly<Record<string, ExpressRouteGateway>>;
  /** The VNet links, by `hub path -> circuit path`. */
  public readonly links: Readonly<Record<string, CircuitConnection>>;
  /** The Global Reach meshes, by construct path. */
  public readonly globalReach: Readonly<Record<string, GlobalReachMesh>>;
  /** The allocation file's content after this run. */
  public readonly allocations: AllocationFile;
  /** The sites, circuits, hubs, Global Reach pairs and addresses. */
  public readonly summary: EstateSummary;

  constructor(estate: Estate, options: RenderEstateOptions = {}) {
    applyAspects(estate);
    const findings = estateFindings(estate);
    // Nothing is created while any construct breaks a mandatory rule: every problem of the tree at once.
    throwIfInvalid("Estate", estate.node.path, findings);
    const allocation = estateAllocation(estate);
    const previous = allocationFileText(estate.previousAllocations);
    const changed = allocationFileText(allocation.file) !== previous;
    const { reaches } = membersOf(estate);
    const write = changed && Boolean(options.allocationFile) && (options.writeAllocations ?? !process.env.CI);
    if (write) writeAllocationFile(options.allocationFile!, allocation.file);
    const summary = summarise(estate, allocation, changed, write ? options.allocationFile : undefined);
    super("expressroute:blueprint:Estate", estate.node.path, { summary }, options.opts);
    warnAdvisories(findings, this);

    if (write) {
      void pulumi.log.info(`Recorded new allocations in ${options.allocationFile}: commit it.`, this);
    } else if (changed) {
      void pulumi.log.warn(
        `${summary.changes} allocation(s) are not in the allocation file${options.allocationFile ? ` ${options.allocationFile}` : ""}: record them (render with allocationFile and writeAllocations) and commit the file, or a later change may number them differently.`,
        this,
      );
    }

    const parent = { parent: this };
    const built: Record<string, CircuitComponent> = {};
    for (const p of plannedCircuits(estate, allocation)) {
      const path = p.construct.node.path;
      built[path] =
        p.component === "PremiumCircuit"
          ? new PremiumCircuit(path, p.args, parent)
          : p.component === "LocalCircuit"
            ? new LocalCircuit(path, p.args, parent)
            : new RedundantCircuit(path, p.args, parent);
    }
    const gateways: Record<string, ExpressRouteGateway> = {};
    const links: Record<string, CircuitConnection> = {};
    for (const { construct: h, args } of plannedGateways(estate)) {
      const gateway = new ExpressRouteGateway(h.node.path, args, parent);
      gateways[h.node.path] = gateway;
      for (const c of h.props.circuits) {
        const key = `${h.node.path} -> ${c.node.path}`;
        links[key] = gateway.connect(
          key,
          {
            circuit: built[c.node.path],
            routingWeight: h.props.routingWeights?.[c.node.id] ?? 0,
            connectionName: `${estate.azureName(h, "connection")}-${estate.azureName(c, "connection")}`.slice(
              0,
              80,
            ),
          },
          { parent: gateway },
        );
      }
    }
    const meshes: Record<string, GlobalReachMesh> = {};
    for (const r of reaches) {
      const memberName = (c: EstateCircuit) => estate.azureName(c, "globalReach");
      const pool = estate.pools.globalReach[0];
      meshes[r.node.path] = new GlobalReachMesh(
        r.node.path,
        {
          circuits: r.props.circuits.map((c) => ({ name: memberName(c), circuit: built[c.node.path] })),
          topology: r.props.topology ?? "fullMesh",
          hub: r.props.hub && memberName(r.props.hub),
          addressPool: pool,
          // Every pair's /29 is the estate's allocation, whatever the mesh's own slots would be.
          pinnedPrefixes: r.pairs().map(([a, b]) => ({
            between: [memberName(a), memberName(b)],
            addressPrefix: allocation.get("globalReach", pairKey(a, b))!.prefix,
          })),
        },
        parent,
      );
    }
    this.circuits = built;
    this.gateways = gateways;
    this.links = links;
    this.globalReach = meshes;
    this.allocations = allocation.file;
    this.summary = summary;
    this.registerOutputs({ summary });
  }
}

function summarise(
  estate: Estate,
  allocation: ReturnType<typeof estateAllocation>,
  changed: boolean,
  recordedIn: string | undefined,
): EstateSummary {
  const { sites, circuits, hubs, reaches } = membersOf(estate);
  const before = estate.previousAllocations;
  const differs = (section: "peering" | "globalReach") =>
    Object.keys(allocation.file[section]).filter(
      (k) => JSON.stringify(allocation.file[section][k]) !== JSON.stringify(before[section][k]),
    ).length;
  const changes = changed ? differs("peering") + differs("globalReach") : 0;
  return {
    estate: estate.node.path,
    sites: sites.map((s) => ({
      path: s.node.path,
      location: s.props.location,
      edgeRouters: s.props.edgeRouters,
      circuits: circuits
        .filter((c) => c.site === s)
        .map((c) => {
          const settings = circuitSettings(estate, c);
          const block = allocation.get("peering", c.node.path);
          return {
            path: c.node.path,
            peeringLocation: settings.peeringLocation,
            provider: settings.serviceProviderName,
            tier: settings.skuTier,
            bandwidthInMbps: settings.bandwidthInMbps,
            peeringPrefix: block?.prefix,
            vlan: block?.vlan,
          };
        }),
    })),
    hubs: hubs.map((h) => ({
      path: h.node.path,
      location: h.props.location,
      circuits: h.props.circuits.map((c) => c.node.path),
    })),
    globalReach: reaches.flatMap((r) =>
      r.pairs().map(([a, b]) => ({
        pair: pairKey(a, b),
        prefix: allocation.get("globalReach", pairKey(a, b))?.prefix,
      })),
    ),
    rules: [...ESTATE_RULES, ...estate.rules].map((r) => r.id),
    changes,
    ...(recordedIn ? { recordedIn } : {}),
  };
}

/**
 * Renders an estate inside a Pulumi program: validates the whole tree (nothing is created while a construct
 * breaks a mandatory rule), records new allocations, and creates the library's components for it.
 */
export function renderEstate(estate: Estate, options: RenderEstateOptions = {}): EstateDeployment {
  return new EstateDeployment(estate, options);
}
