import type { MonitoringArgs } from "./monitoring";
import type * as pulumi from "@pulumi/pulumi";
import type { MeshTopology } from "../core/global-reach-allocation";
import type { CircuitComponent } from "./circuit-component";
import type { ExistingCircuit } from "./circuit-ref";

/** One site's circuit in a Global Reach mesh. Give `circuit` or `existing`. */
export interface GlobalReachMember {
  /** A stable name for the member; connection names and prefix slots derive from it and its position. */
  readonly name: string;
  /**
   * A circuit created by this library in the same program. Required unless `existing` is given.
   * @default none
   */
  readonly circuit?: CircuitComponent;
  /**
   * A circuit created elsewhere. Required unless `circuit` is given.
   * @default none
   */
  readonly existing?: ExistingCircuit;
  /**
   * An authorization key from this circuit's owner, when it is in another subscription (kept secret).
   * @default none (same subscription)
   */
  readonly authorizationKey?: pulumi.Input<string>;
  /**
   * A member that left the mesh: it keeps its position, so no other pair moves, and its connections and /29s
   * are released.
   * @default false
   */
  readonly retired?: boolean;
}

/** An explicit prefix for one pair, overriding the pool. */
export interface PinnedPair {
  /** Member names of the pair, in either order. */
  readonly between: string[];
  /** The pair's /29. */
  readonly addressPrefix: string;
  /**
   * The pair's /125, when the mesh has IPv6.
   * @default the pool's slot
   */
  readonly ipv6AddressPrefix?: string;
}

/** Arguments of {@link GlobalReachMesh}. */
export interface GlobalReachMeshArgs {
  /**
   * The members, as an append-only list: add new sites at the end and retire (never remove or reorder)
   * old ones, so existing connections keep their prefixes.
   */
  readonly circuits: GlobalReachMember[];
  /**
   * `fullMesh` connects every pair; `hubAndSpoke` connects `hub` to each other member.
   * @default "fullMesh"
   */
  readonly topology?: MeshTopology;
  /**
   * The hub member's name. Required when `topology` is `hubAndSpoke`.
   * @default none
   */
  readonly hub?: string;
  /** The IPv4 range the pairs' /29s come from (pair slots are laid out in it in order). */
  readonly addressPool: string;
  /**
   * The IPv6 range of the pairs' /125s, to enable IPv6 Global Reach.
   * @default IPv4 only
   */
  readonly ipv6AddressPool?: string;
  /**
   * Pairs with explicit prefixes.
   * @default none
   */
  readonly pinnedPrefixes?: PinnedPair[];
  /**
   * Ranges already in use (VNets, on-premises networks) that no /29 may overlap.
   * @default none
   */
  readonly usedRanges?: string[];
  /**
   * Monitoring for the members given as `existing` (circuits this program does not create, and so does not
   * watch): their BGP and ARP availability alerts per link, which Global Reach depends on. Members created in
   * this program carry their own component's monitoring. See {@link MonitoringArgs}.
   * @default no alerts on existing members (their own stack is expected to watch them)
   */
  readonly monitoring?: MonitoringArgs;
  /**
   * Tags on the alerts the mesh creates (Global Reach connections themselves take no tags in Azure).
   * @default no tags
   */
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
}
