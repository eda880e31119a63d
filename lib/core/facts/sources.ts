/**
 * The Microsoft Learn articles every ExpressRoute fact in this library comes from. Each fact in the catalog
 * names one of these, so a changed fact can be traced to, and checked against, its article.
 */
export interface FactSource {
  /** Article file name in the public azure-docs repository, folder `articles/expressroute/` unless it names another
   * (`virtual-wan/...` is in `articles/virtual-wan/`, `azure-powershell/...` is in the Azure PowerShell repository). */
  readonly article: string;
  /** Public address of the article on Microsoft Learn. */
  readonly url: string;
}

function learn(article: string): FactSource {
  return { article, url: `https://learn.microsoft.com/azure/expressroute/${article.replace(/\.md$/, "")}` };
}

/** An article of the Virtual WAN documentation (folder `articles/virtual-wan/`). */
function virtualWan(article: string): FactSource {
  return {
    article: `virtual-wan/${article}`,
    url: `https://learn.microsoft.com/azure/virtual-wan/${article.replace(/\.md$/, "")}`,
  };
}

/** Every source the catalog cites, by a short key. */
export const SOURCES = {
  circuitArm: learn("expressroute-howto-circuit-arm.md"),
  faqs: learn("expressroute-faqs.md"),
  circuitPeerings: learn("expressroute-circuit-peerings.md"),
  direct: learn("expressroute-erdirect-about.md"),
  routing: learn("expressroute-routing.md"),
  routingHowTo: learn("expressroute-howto-routing-portal-resource-manager.md"),
  nat: learn("expressroute-nat.md"),
  globalReach: learn("expressroute-howto-set-global-reach.md"),
  resiliency: learn("design-architecture-for-resiliency.md"),
  metro: learn("metro.md"),
  gateways: learn("expressroute-about-virtual-network-gateways.md"),
  scalableGateway: learn("scalable-gateway.md"),
  fastPath: learn("about-fastpath.md"),
  macsec: learn("expressroute-howto-macsec.md"),
  locations: learn("expressroute-locations-providers.md"),
  routeFilter: learn("how-to-routefilter-portal.md"),
  ipv6: learn("expressroute-howto-add-ipv6-portal.md"),
  directPortal: learn("how-to-expressroute-direct-portal.md"),
  linkVnet: learn("expressroute-howto-linkvnet-arm.md"),
  addGateway: learn("expressroute-howto-add-gateway-portal-resource-manager.md"),
  globalReachAbout: learn("expressroute-global-reach.md"),
  virtualWanExpressRoute: virtualWan("virtual-wan-expressroute-about.md"),
  virtualWanExpressRoutePortal: virtualWan("virtual-wan-expressroute-portal.md"),
  virtualWanAbout: virtualWan("virtual-wan-about.md"),
  monitoring: learn("monitor-expressroute.md"),
  monitoringReference: learn("monitor-expressroute-reference.md"),
  maintenanceAlerts: learn("maintenance-alerts.md"),
  gatewayMigration: learn("gateway-migration.md"),
  authorizationCmdlet: {
    article: "azure-powershell/src/Network/Network/help/Add-AzExpressRouteCircuitAuthorization.md",
    url: "https://learn.microsoft.com/powershell/module/az.network/add-azexpressroutecircuitauthorization",
  },
  builtInRoles: {
    article: "role-based-access-control/built-in-roles.md",
    url: "https://learn.microsoft.com/azure/role-based-access-control/built-in-roles",
  },
  resourceLocks: {
    article: "azure-resource-manager/management/lock-resources.md",
    url: "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources",
  },
  limits: {
    article: "includes/expressroute-limits.md",
    url: "https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#azure-expressroute-limits",
  },
} as const satisfies Record<string, FactSource>;

export type SourceKey = keyof typeof SOURCES;
