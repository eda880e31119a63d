import * as fs from "node:fs";
import * as path from "node:path";

/** How an estate is written: with the library's components, or by hand with raw azure-native resources. */
export type EstateStyle = "components" | "raw";

const LIBRARY = path.resolve(__dirname, "../lib");
const LOCATIONS = ["Amsterdam", "London", "Frankfurt", "Paris", "Dublin"];

/**
 * The source of a program with `circuits` provider circuits, each with a private peering on both links, written
 * in one style. Both styles declare the same Azure resources (a circuit and a peering each).
 */
function source(style: EstateStyle, circuits: number): string {
  if (style === "components") {
    return `import { RedundantCircuit } from ${JSON.stringify(LIBRARY)};
const locations = ${JSON.stringify(LOCATIONS)};
for (let i = 0; i < ${circuits}; i++) {
  const block = \`10.\${(i >> 5) & 255}.\${(i & 31) * 8}.0/29\`;
  new RedundantCircuit(\`er-\${i}\`, {
    resourceGroupName: "rg-er",
    location: "westeurope",
    serviceProviderName: "Equinix",
    peeringLocation: locations[i % locations.length],
    bandwidthInMbps: 1000,
    privatePeering: { peerAsn: 65010, vlanId: 100, peerAddressPrefix: block },
  });
}
`;
  }
  return `import * as network from "@pulumi/azure-native/network";
const locations = ${JSON.stringify(LOCATIONS)};
for (let i = 0; i < ${circuits}; i++) {
  const [a, b, c] = [10, (i >> 5) & 255, (i & 31) * 8];
  const circuit = new network.ExpressRouteCircuit(\`er-\${i}-circuit\`, {
    resourceGroupName: "rg-er",
    location: "westeurope",
    circuitName: \`er-\${i}\`,
    sku: { name: "Standard_MeteredData", tier: "Standard", family: "MeteredData" },
    serviceProviderProperties: {
      serviceProviderName: "Equinix",
      peeringLocation: locations[i % locations.length],
      bandwidthInMbps: 1000,
    },
  }, { protect: true });
  new network.ExpressRouteCircuitPeering(\`er-\${i}-private-peering\`, {
    resourceGroupName: "rg-er",
    circuitName: circuit.name,
    peeringName: "AzurePrivatePeering",
    peeringType: "AzurePrivatePeering",
    peerASN: 65010,
    vlanId: 100,
    primaryPeerAddressPrefix: \`\${a}.\${b}.\${c}.0/30\`,
    secondaryPeerAddressPrefix: \`\${a}.\${b}.\${c}.4/30\`,
  });
}
`;
}

/** Writes the program (under node_modules/.cache, so it resolves this repository's packages) and returns its directory. */
export function writeEstate(style: EstateStyle, circuits: number): string {
  const dir = path.resolve(
    __dirname,
    "../node_modules/.cache/pulumi-expressroute/bench",
    `${style}-${circuits}`,
  );
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "Pulumi.yaml"), `name: bench-${style}-${circuits}\nruntime: nodejs\n`);
  fs.writeFileSync(path.join(dir, "index.ts"), source(style, circuits));
  return dir;
}
