import * as network from "@pulumi/azure-native/network";
import type * as authorization from "@pulumi/azure-native/authorization";
import * as pulumi from "@pulumi/pulumi";
import { CIRCUIT_ALERTS, DIAGNOSTIC_LOGS } from "../core/facts/monitoring";
import { circuitAvailabilityAlerts } from "../core/rules/circuit-availability-alerts";
import { lockFindings, managementLock } from "./management-lock";
import { ComponentMonitoring, monitoringFindings } from "./monitoring";
import { conventionalName } from "./naming";
import { roleAssignmentFindings, roleAssignments } from "./role-assignments";
import { PRIVATE_PEERING_ROUTE_LIMITS, vnetLinkLimit, type SkuTier } from "../core/facts/circuit";
import type { Finding } from "../core/findings";
import { bgpMd5Key } from "../core/rules/bgp-md5-key";
import { providerAtLocation } from "../core/rules/provider-at-location";
import { subscriptionCircuitLimits } from "../core/rules/subscription-circuit-limits";
import { EMPTY_MODEL, type CircuitModel } from "../core/model";
import { programState } from "./program-state";
import { childProtection, isProtected } from "./protection";
import { validateTopology } from "../core/validate";
import { peeringLinks, type PeeringLinks } from "./bgp-links";
import { canonicalSpec } from "./canonical-spec";
import { planCircuit, type CircuitPlan, type PlannedPeering } from "./circuit-plan";
import type { CircuitSpec } from "./circuit-spec";
import { sendableTags } from "./plain";
import { throwIfInvalid, warnAdvisories } from "./validation-error";
import { recheckWhenKnown, shapeWhenKnown, verifyWhenKnown } from "./verify-when-known";
import { armId, armName, shapeFindings, str } from "./argument-shape";
import { ARM_TYPES } from "../core/arm-id";

/** The limits that apply to a circuit of this SKU and bandwidth. */
export interface CircuitLimits {
  /** VNet links plus Global Reach connections the circuit accepts. */
  readonly maxVnetLinks: number;
  /** IPv4 routes the private peering accepts before the session drops. */
  readonly maxIpv4Routes: number;
  /** IPv6 routes the private peering accepts before the session drops. */
  readonly maxIpv6Routes: number;
}

/**
 * What other components (VNet links, Global Reach) need to know about a circuit to validate against it.
 * Plain data, known when the circuit is constructed.
 */
export interface CircuitInfo {
  /** The component's name. */
  readonly name: string;
  /** The circuit's Azure region, when known at construction (it tells the circuit's cloud). */
  readonly location?: string;
  readonly tier: string;
  readonly family: string;
  /** Whether the peerings are configured (see `configurePeerings`). */
  readonly peeringsConfigured: boolean;
  /** The provider peering location, or the Direct port's location. */
  readonly peeringLocation?: string;
  /** True for an ExpressRoute Direct circuit. */
  readonly direct: boolean;
  readonly bandwidthInMbps: number;
  /** The private peering's link prefixes (IPv4, IPv6 or both), when the circuit has private peering. */
  readonly privatePeering?: {
    readonly primary?: string;
    readonly secondary?: string;
    readonly ipv6Primary?: string;
    readonly ipv6Secondary?: string;
  };
}

/**
 * The shared implementation of every circuit component: validates the whole plan before creating anything,
 * then creates the circuit (protected by default), its peerings with both link prefixes, the Microsoft
 * peering's route filter and the authorizations.
 */
export abstract class CircuitComponent extends pulumi.ComponentResource {
  /** The circuit resource. */
  public readonly circuit: network.ExpressRouteCircuit;
  /** The circuit's ARM id. */
  public readonly circuitId: pulumi.Output<string>;
  /** The circuit's Azure name. */
  public readonly circuitName: pulumi.Output<string>;
  /** The service key to give your connectivity provider (a secret). */
  public readonly serviceKey: pulumi.Output<string>;
  /** Azure's provisioning state of the circuit resource. */
  public readonly provisioningState: pulumi.Output<string>;
  /** The provider's provisioning state (peerings can be configured once it is `Provisioned`). */
  public readonly serviceProviderProvisioningState: pulumi.Output<string | undefined>;
  /** The private peering resource, when configured. */
  public readonly privatePeering?: network.ExpressRouteCircuitPeering;
  /** The Microsoft peering resource, when configured. */
  public readonly microsoftPeering?: network.ExpressRouteCircuitPeering;
  /** The Microsoft peering's route filter, when configured. */
  public readonly routeFilter?: network.RouteFilter;
  /** The management lock on the circuit (absent when `lock.enabled` is false). */
  public readonly lock?: authorization.ManagementLockByScope;
  /** The circuit's alerts, action group and diagnostic setting (absent when `monitoring.enabled` is false). */
  public readonly monitoring?: ComponentMonitoring;
  /** The role assignments on the circuit, in the order of `roleAssignments`. */
  public readonly roleAssignments: authorization.RoleAssignment[];
  /** The circuit's Azure region. */
  public readonly location: pulumi.Output<string>;
  /** The private peering's two BGP sessions, per router, for configuring your routers. */
  public readonly privatePeeringLinks: pulumi.Output<PeeringLinks | undefined>;
  /** The Microsoft peering's two BGP sessions, per router. */
  public readonly microsoftPeeringLinks: pulumi.Output<PeeringLinks | undefined>;
  /** Authorization keys by authorization name (a secret). */
  public readonly authorizationKeys: pulumi.Output<Record<string, string>>;
  /** Limits of this circuit's SKU and bandwidth. */
  public readonly limits: pulumi.Output<CircuitLimits>;
  /** What VNet links and Global Reach check against this circuit. */
  public readonly info: CircuitInfo;
  /** The resource group of the circuit. */
  public readonly resourceGroupName: pulumi.Input<string>;
  /** The private peering's ARM id (what Global Reach connects), when configured. */
  public readonly privatePeeringId?: pulumi.Output<string>;
  private linkCount = 0;

  protected constructor(
    type: string,
    name: string,
    spec: CircuitSpec,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super(type, name, {}, opts);
    spec = canonicalSpec(spec);
    const plan = planCircuit(name, spec);
    const mine = plan.model.circuits[plan.model.circuits.length - 1];
    // The program's other circuits count against the same subscription limits (advice: support raises them).
    const placed = programState("circuits", () => [] as CircuitModel[]);
    const findings = [
      ...circuitFindings(plan),
      ...monitoringFindings(name, spec.args.monitoring),
      ...lockFindings(name, spec.args.lock),
      ...roleAssignmentFindings(name, spec.args.roleAssignments),
      ...validateTopology(
        { ...EMPTY_MODEL, circuits: [...placed, mine] },
        { rules: [subscriptionCircuitLimits] },
      ).filter((f) => f.resource === name),
      // The pack's operations advice, judged on what this component creates (alerts unless turned off).
      ...validateTopology(
        {
          ...EMPTY_MODEL,
          circuits: [
            {
              ...mine,
              origin: { ...mine.origin, fields: { ...mine.origin.fields, alerts: "monitoring.enabled" } },
            },
          ],
          operations: {
            alerts: ComponentMonitoring.enabled(spec.args.monitoring)
              ? [
                  {
                    key: `${name}:bgp`,
                    scopes: [mine.key],
                    criteria: CIRCUIT_ALERTS.map((a) => ({ metric: a.metric, splitBy: [...a.splitBy] })),
                  },
                ]
              : [],
            locks: [],
            diagnostics: [],
          },
        },
        { rules: [circuitAvailabilityAlerts] },
      ),
    ];
    throwIfInvalid(spec.component, name, findings);
    spec.direct?.sharedPort?.circuits.push(mine);
    placed.push(mine);
    warnAdvisories(findings, this);

    const { args } = spec;
    // Arguments known only at deploy time are judged when they resolve, as plain ones were just now.
    const late = recheckWhenKnown(
      { location: args.location, serviceProviderName: spec.provider?.serviceProviderName },
      (key, value) => throwIfInvalid(spec.component, name, resolvedFindings(spec, name, key, value)),
    );
    // Names that make up the circuit's id (which links and Global Reach refer to), checked when Outputs resolve.
    const resourceGroupName = shapeWhenKnown(
      spec.component,
      name,
      args.resourceGroupName,
      armName(),
      "resourceGroupName",
    );
    const azureName = conventionalName(
      spec.component,
      {
        kind: "circuit",
        name,
        location: typeof args.location === "string" ? args.location : undefined,
        defaultName: name,
      },
      args.circuitName === undefined
        ? undefined
        : shapeWhenKnown(spec.component, name, args.circuitName, armName(), "circuitName"),
      args.naming,
    );
    const protectCircuit = isProtected(args.protect, opts?.protect);
    // Children follow the circuit when it is explicitly unprotected, whatever they would inherit.
    const parent = { parent: this, ...childProtection(protectCircuit) };
    this.circuit = new network.ExpressRouteCircuit(
      `${name}-circuit`,
      {
        resourceGroupName,
        location: late.location,
        circuitName: azureName,
        sku: { name: `${spec.tier}_${spec.family}`, tier: spec.tier, family: spec.family },
        serviceProviderProperties: spec.provider && {
          serviceProviderName: late.serviceProviderName,
          peeringLocation: spec.provider.peeringLocation,
          bandwidthInMbps: spec.provider.bandwidthInMbps,
        },
        expressRoutePort: spec.direct && {
          id: shapeWhenKnown(spec.component, name, spec.direct.portId, armId(ARM_TYPES.port), "port.id"),
        },
        bandwidthInGbps: spec.direct?.bandwidthInGbps,
        authorizationKey: spec.direct?.authorizationKey && pulumi.secret(spec.direct.authorizationKey),
        enableDirectPortRateLimit: spec.direct?.enableDirectPortRateLimit,
        allowClassicOperations: args.allowClassicOperations,
        globalReachEnabled: args.globalReachEnabled,
        tags: sendableTags(args.tags),
      },
      {
        parent: this,
        protect: protectCircuit,
        additionalSecretOutputs: ["serviceKey", "peerings", "authorizations", "authorizationKey"],
      },
    );
    const circuitName = this.circuit.name;

    const configure = args.configurePeerings ?? true;
    if (spec.args.microsoftPeering && configure) {
      this.routeFilter = new network.RouteFilter(
        `${name}-route-filter`,
        {
          resourceGroupName,
          location: late.location,
          rules: [
            {
              name: "allow-service-communities",
              access: "Allow",
              routeFilterRuleType: "Community",
              communities: spec.args.microsoftPeering.routeFilterCommunities,
            },
          ],
          tags: sendableTags(args.tags),
        },
        parent,
      );
    }

    const links: Partial<Record<PlannedPeering["argument"], PeeringLinks>> = {};
    for (const p of plan.peerings) {
      links[p.argument] = peeringLinks(p);
      if (!configure) continue;
      const peering = new network.ExpressRouteCircuitPeering(
        `${name}-${p.argument === "privatePeering" ? "private" : "microsoft"}-peering`,
        {
          resourceGroupName,
          circuitName,
          peeringName: p.peeringType,
          peeringType: p.peeringType,
          peerASN: p.args.peerAsn,
          vlanId: p.args.vlanId,
          primaryPeerAddressPrefix: p.ipv4.primary,
          secondaryPeerAddressPrefix: p.ipv4.secondary,
          sharedKey: p.args.sharedKey === undefined ? undefined : this.checkedSharedKey(plan, p, name, spec),
          ipv6PeeringConfig: p.ipv6 && {
            primaryPeerAddressPrefix: p.ipv6.primary,
            secondaryPeerAddressPrefix: p.ipv6.secondary,
          },
          microsoftPeeringConfig:
            "advertisedPublicPrefixes" in p.args
              ? {
                  advertisedPublicPrefixes: p.args.advertisedPublicPrefixes,
                  customerASN: p.args.customerAsn,
                  routingRegistryName: p.args.routingRegistryName,
                }
              : undefined,
          routeFilter:
            p.peeringType === "MicrosoftPeering" && this.routeFilter
              ? { id: this.routeFilter.id }
              : undefined,
        },
        { ...parent, additionalSecretOutputs: ["sharedKey", "connections"] },
      );
      if (p.peeringType === "AzurePrivatePeering") this.privatePeering = peering;
      else this.microsoftPeering = peering;
    }

    const authKeys: Record<string, pulumi.Output<string>> = {};
    for (const authName of args.authorizations ?? []) {
      const auth = new network.ExpressRouteCircuitAuthorization(
        `${name}-authorization-${authName}`,
        { resourceGroupName, circuitName, authorizationName: authName },
        { ...parent, additionalSecretOutputs: ["authorizationKey"] },
      );
      authKeys[authName] = auth.authorizationKey.apply((k) => k ?? "");
    }

    const bandwidthMbps = spec.provider?.bandwidthInMbps ?? (spec.direct?.bandwidthInGbps ?? 0) * 1000;
    this.lock = managementLock(name, this.circuit.id, args.lock, parent);
    this.roleAssignments = roleAssignments(name, this.circuit.id, args.roleAssignments, parent);
    this.location = this.circuit.location.apply((l) => l ?? "");
    if (ComponentMonitoring.enabled(args.monitoring)) {
      const tags = sendableTags(args.tags);
      const m = new ComponentMonitoring(
        { name, id: this.circuit.id, resourceGroupName, tags, parent: this },
        args.monitoring,
      );
      for (const alert of CIRCUIT_ALERTS) m.metricAlert(alert);
      m.throughputAlerts(bandwidthMbps);
      // One maintenance alert serves every circuit of a subscription: the first circuit of a resource group
      // creates it (a group known only at deploy time gets its own).
      const maintained = programState("maintenance-alerts", () => new Set<string>());
      const group = typeof args.resourceGroupName === "string" ? args.resourceGroupName : undefined;
      if (group === undefined || !maintained.has(group)) {
        if (group !== undefined) maintained.add(group);
        m.maintenance();
      }
      m.diagnostics(DIAGNOSTIC_LOGS.circuit);
      this.monitoring = m;
    }
    const ipv4Routes = PRIVATE_PEERING_ROUTE_LIMITS.value.ipv4[spec.tier as SkuTier];
    this.circuitId = this.circuit.id;
    this.circuitName = circuitName;
    this.serviceKey = pulumi.secret(this.circuit.serviceKey.apply((k) => k ?? ""));
    this.provisioningState = this.circuit.provisioningState;
    this.serviceProviderProvisioningState = this.circuit.serviceProviderProvisioningState;
    this.privatePeeringLinks = pulumi.output(links.privatePeering);
    this.microsoftPeeringLinks = pulumi.output(links.microsoftPeering);
    this.authorizationKeys = pulumi.secret(pulumi.all(authKeys));
    const privateLinks = links.privatePeering;
    this.info = {
      name,
      location: typeof args.location === "string" ? args.location : undefined,
      tier: spec.tier,
      family: spec.family,
      peeringLocation: spec.provider?.peeringLocation ?? spec.direct?.portLocation,
      direct: Boolean(spec.direct),
      peeringsConfigured: args.configurePeerings ?? true,
      bandwidthInMbps: bandwidthMbps,
      privatePeering: privateLinks && {
        primary: privateLinks.primary?.prefix,
        secondary: privateLinks.secondary?.prefix,
        ipv6Primary: privateLinks.ipv6Primary?.prefix,
        ipv6Secondary: privateLinks.ipv6Secondary?.prefix,
      },
    };
    this.resourceGroupName = args.resourceGroupName;
    this.privatePeeringId = this.privatePeering?.id;
    this.limits = pulumi.output({
      maxVnetLinks: vnetLinkLimit(spec.tier as SkuTier, bandwidthMbps),
      maxIpv4Routes: ipv4Routes,
      maxIpv6Routes: PRIVATE_PEERING_ROUTE_LIMITS.value.ipv6,
    });
    this.registerOutputs({
      circuitId: this.circuitId,
      circuitName: this.circuitName,
      serviceKey: this.serviceKey,
      provisioningState: this.provisioningState,
      serviceProviderProvisioningState: this.serviceProviderProvisioningState,
      privatePeeringLinks: this.privatePeeringLinks,
      microsoftPeeringLinks: this.microsoftPeeringLinks,
      authorizationKeys: this.authorizationKeys,
      limits: this.limits,
    });
  }

  /** VNet links and Global Reach connections made to this circuit by this program's components so far. */
  get links(): number {
    return this.linkCount;
  }

  /** Records one more VNet link or Global Reach connection on this circuit (called by those components). */
  addLink(): void {
    this.linkCount++;
  }

  /**
   * The peering's MD5 key as a secret, checked when its value resolves (a key from config or another stack
   * is only known then): a bad key fails the peering's creation with the same finding as a plain one.
   */
  private checkedSharedKey(
    plan: CircuitPlan,
    p: PlannedPeering,
    name: string,
    spec: CircuitSpec,
  ): pulumi.Output<string> {
    return pulumi.secret(
      verifyWhenKnown(
        p.args.sharedKey as pulumi.Input<string>,
        sharedKeyCheck(plan, p, spec.component, name),
      ),
    );
  }
}

/**
 * Rules the pack only advises on, because Microsoft's table may lag behind reality, but a component refuses:
 * it creates the resource now, and its user can extend the catalog where the table is out of date.
 */
export const REFUSED_BY_COMPONENTS: readonly string[] = [providerAtLocation.id];

/** Every finding about a planned circuit: its argument shapes and every rule. */
export function circuitFindings(plan: CircuitPlan): Finding[] {
  // Other circuits on a shared Direct port were judged when they were created: report this circuit's only.
  const own = plan.model.circuits[plan.model.circuits.length - 1].origin.resource;
  const findings = validateTopology(plan.model).filter((f) => f.resource === own);
  return [
    ...plan.inputFindings,
    ...findings.map((f) =>
      REFUSED_BY_COMPONENTS.includes(f.ruleId) && !f.unverifiable
        ? { ...f, severity: "mandatory" as const }
        : f,
    ),
  ];
}

/**
 * Findings about a circuit once one of its Output arguments (`location`, `serviceProviderName`) resolves: its
 * type, then every rule with the value in place.
 */
export function resolvedFindings(spec: CircuitSpec, name: string, key: string, value: unknown): Finding[] {
  if (value === undefined && key === "location") return [];
  const shape = shapeFindings(value, str({ nonEmpty: true, name: true }), key, name);
  if (shape.length > 0) return shape;
  const resolved: CircuitSpec =
    key === "location"
      ? { ...spec, args: { ...spec.args, location: value as string } }
      : { ...spec, provider: spec.provider && { ...spec.provider, serviceProviderName: value as string } };
  return circuitFindings(planCircuit(name, canonicalSpec(resolved)));
}

/** The check a peering's BGP key gets once it resolves: the same rule, on the plan with the key filled in. */
export function sharedKeyCheck(plan: CircuitPlan, p: PlannedPeering, component: string, name: string) {
  return (key: string): void => {
    const circuit = plan.model.circuits[0];
    const peerings = circuit.peerings.map((m) =>
      m.peeringType === p.peeringType ? { ...m, sharedKey: key } : m,
    );
    const model = { ...plan.model, circuits: [{ ...circuit, peerings }] };
    throwIfInvalid(component, name, validateTopology(model, { rules: [bgpMd5Key] }));
  };
}
