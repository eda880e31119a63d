import { UNKNOWN, isUnknown, type AlertModel, type Maybe, type OperationsModel } from "../model";
import { azureNativeKind } from "./arm-shapes";
import { CIRCUIT, ofKind, readerOf } from "./readers";
import type { ShapeIssue } from "./props";
import type { AzureResource, ResourceIndex } from "./resource-index";

/** The kinds the operations rules judge: what alerts, locks and diagnostic settings point at. */
const WATCHED = [
  CIRCUIT,
  "network:ExpressRoutePort",
  "network:VirtualNetworkGateway",
  "network:ExpressRouteGateway",
];

/**
 * The resources a list-of-ids or id property points at: by its property dependencies (exact at preview, when
 * ids are unknown), else by each id's value (`id:<value>` outside the stack).
 */
function targets(
  index: ResourceIndex,
  r: AzureResource,
  property: string,
  value: unknown,
): Maybe<readonly Maybe<string>[]> {
  const watched = (x: AzureResource | undefined) =>
    x !== undefined && WATCHED.includes(azureNativeKind(x.type) ?? "");
  const deps = (r.propertyDependencies?.[property] ?? []).filter((urn) => watched(index.urn(urn)));
  if (isUnknown(value) && deps.length === 0) return UNKNOWN;
  const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const byValue = ids
    .filter((id): id is string => typeof id === "string" && id !== "")
    .map((id) => {
      const hit = index.byId(id);
      return watched(hit) ? hit!.urn : `id:${id}`;
    });
  const unknownIds = ids.some(isUnknown) && deps.length === 0 ? [UNKNOWN] : [];
  return [...new Set([...deps, ...byValue]), ...unknownIds];
}

/** The alerts, locks and diagnostic settings of a stack, linked to the circuits, ports and gateways they watch. */
export function operationsFrom(
  index: ResourceIndex,
  resources: readonly AzureResource[],
  issues: ShapeIssue[],
): OperationsModel {
  const alerts: AlertModel[] = ofKind(resources, "monitor:MetricAlert").map((r) => {
    const read = readerOf(r, issues);
    const criteria = read.objects("criteria.allOf");
    return {
      key: r.urn,
      scopes: targets(index, r, "scopes", read.get("scopes")),
      criteria: isUnknown(criteria)
        ? UNKNOWN
        : (criteria ?? []).map(({ reader }) => {
            const dimensions = reader.objects("dimensions");
            return {
              metric: reader.str("metricName"),
              splitBy: isUnknown(dimensions)
                ? []
                : (dimensions ?? [])
                    .map(({ reader: d }) => d.str("name"))
                    .filter((n): n is string => typeof n === "string"),
            };
          }),
    };
  });
  const locks = [
    ...ofKind(resources, "authorization:ManagementLockByScope").map((r) => {
      const scope = targets(index, r, "scope", readerOf(r, issues).get("scope"));
      return { key: r.urn, scope: isUnknown(scope) ? UNKNOWN : scope?.[0] };
    }),
    ...ofKind(resources, "authorization:ManagementLockAtResourceGroupLevel").map((r) => ({
      key: r.urn,
      resourceGroupName: readerOf(r, issues).str("resourceGroupName"),
    })),
    ...ofKind(resources, "authorization:ManagementLockAtSubscriptionLevel").map((r) => ({
      key: r.urn,
      subscription: true,
    })),
  ];
  const diagnostics = ofKind(resources, "monitor:DiagnosticSetting").map((r) => {
    const target = targets(index, r, "resourceUri", readerOf(r, issues).get("resourceUri"));
    return { key: r.urn, target: isUnknown(target) ? UNKNOWN : target?.[0] };
  });
  const resourceGroups: Record<string, Maybe<string>> = {};
  for (const r of [...ofKind(resources, CIRCUIT), ...ofKind(resources, "network:ExpressRoutePort")]) {
    const rg = r.props.resourceGroupName;
    resourceGroups[r.urn] = typeof rg === "string" ? rg : isUnknown(rg) ? UNKNOWN : undefined;
  }
  return { alerts, locks, diagnostics, resourceGroups };
}
