import { Construct } from "constructs";
import type { MeshTopology } from "../core/global-reach-allocation";
import type { EstateCircuit } from "./estate-circuit";
import { EstateConstruct } from "./estate-construct";

/** Props of {@link EstateGlobalReach}. */
export interface EstateGlobalReachProps {
  /** The circuits to connect (their on-premises sites reach each other through Microsoft's backbone). */
  readonly circuits: readonly EstateCircuit[];
  /**
   * Every pair, or a hub circuit to each of the others.
   * @default "fullMesh"
   */
  readonly topology?: MeshTopology;
  /**
   * The hub of a hub-and-spoke mesh.
   * @default the first circuit
   */
  readonly hub?: EstateCircuit;
}

/** Global Reach between circuits of the estate: each pair's /29 is allocated from the estate's pool. */
export class EstateGlobalReach extends EstateConstruct<EstateGlobalReachProps> {
  /** What kind of estate construct this is. */
  public override readonly blueprintKind = "globalReach" as const;

  constructor(scope: Construct, id: string, props: EstateGlobalReachProps) {
    super(scope, id, props);
  }

  /** The pairs to connect, as [circuit, circuit], each pair once. */
  pairs(): [EstateCircuit, EstateCircuit][] {
    const members = this.props.circuits;
    if ((this.props.topology ?? "fullMesh") === "hubAndSpoke") {
      const hub = this.props.hub ?? members[0];
      return members.filter((m) => m !== hub).map((m) => [hub, m]);
    }
    const pairs: [EstateCircuit, EstateCircuit][] = [];
    for (let j = 1; j < members.length; j++) for (let i = 0; i < j; i++) pairs.push([members[i], members[j]]);
    return pairs;
  }
}
