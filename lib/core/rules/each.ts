import type { CircuitModel, PeeringModel, TopologyModel } from "../model";

/** Every peering of every circuit, with its circuit. */
export function* eachPeering(
  model: TopologyModel,
): Generator<{ circuit: CircuitModel; peering: PeeringModel }> {
  for (const circuit of model.circuits) for (const peering of circuit.peerings) yield { circuit, peering };
}
