import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { ALLOCATION_FILE_NAME, Estate, readAllocationFile, renderEstate } from "../../lib";
import { ContosoNetwork } from "./contoso-template";

// A team instantiates Contoso's template: the environment comes from the stack's config (Pulumi.dev.yaml,
// Pulumi.prod.yaml), the addresses from the allocation file committed next to this program.
const config = new pulumi.Config();
const environment = config.require("environment") as "dev" | "prod";
const allocationFile = path.join(__dirname, ALLOCATION_FILE_NAME);

const estate = new Estate("Contoso", {
  peerAsn: 65100,
  resourceGroupName: `rg-contoso-er-${environment}`,
  pools: { peering: "10.100.0.0/24", globalReach: "10.101.0.0/24", vlans: { min: 100, max: 199 } },
  allocations: readAllocationFile(allocationFile),
  // Each stack renders one environment of the shared allocation file.
  allocationScope: environment,
  tags: { owner: "network-platform", environment },
  // Production sites must be maximally resilient: the estate's advisory becomes mandatory there.
  policyConfig: environment === "prod" ? { "site-resiliency": { enforcementLevel: "mandatory" } } : {},
});
new ContosoNetwork(estate, { environment });

const deployment = renderEstate(estate, { allocationFile });
export const circuits = Object.keys(deployment.circuits);
export const allocations = deployment.summary.sites.flatMap((s) =>
  s.circuits.map((c) => `${c.path}: ${c.peeringPrefix} VLAN ${c.vlan}`),
);
