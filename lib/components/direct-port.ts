import type * as outputs from "@pulumi/azure-native/types/output";
import type { AzureRegionName, DirectPortLocationName, KnownOr } from "../core/facts/location-names";
import type { SkuFamily } from "../core/facts/circuit";
import * as network from "@pulumi/azure-native/network";
import * as pulumi from "@pulumi/pulumi";
import type { DirectEncapsulation, DirectPortBandwidthGbps, MacSecCipher } from "../core/facts/circuit";
import { EMPTY_MODEL, isUnknown, type PortModel } from "../core/model";
import { directPortMacsec } from "../core/rules/direct-port-macsec";
import { validateTopology } from "../core/validate";
import type { SharedPort } from "./circuit-spec";
import { plainOrUnknown, sendableTags } from "./plain";
import { DIRECT_PORT } from "./argument-shapes";
import { isProtected } from "./protection";
import { checkArguments, throwIfInvalid, warnAdvisories } from "./validation-error";
import type * as authorization from "@pulumi/azure-native/authorization";
import { PORT_ALERTS } from "../core/facts/monitoring";
import { lockFindings, managementLock, type LockArgs } from "./management-lock";
import { ComponentMonitoring, monitoringFindings, type MonitoringArgs } from "./monitoring";
import { conventionalName, type NamingConvention } from "./naming";
import { roleAssignmentFindings, roleAssignments, type RoleAssignmentArgs } from "./role-assignments";
import { shapeWhenKnown, verifyWhenKnown } from "./verify-when-known";
import { armName } from "./argument-shape";

/** MACsec on both links of a Direct port, with keys kept in Key Vault. */
export interface DirectPortMacSecArgs {
  /** Key Vault secret id of the connectivity association key name (CKN). */
  readonly cknSecretIdentifier: pulumi.Input<string>;
  /** Key Vault secret id of the connectivity association key (CAK). */
  readonly cakSecretIdentifier: pulumi.Input<string>;
  /**
   * The cipher; set the same on your routers.
   * @default "GcmAesXpn256"
   */
  readonly cipher?: MacSecCipher;
  /** ARM id of a user-assigned identity that can read both secrets. */
  readonly identityId: pulumi.Input<string>;
}

/** Arguments of {@link DirectPort}. */
export interface DirectPortArgs {
  /** The resource group of the port. */
  readonly resourceGroupName: pulumi.Input<string>;
  /**
   * Azure region of the port resource.
   * @default the resource group's location (azure-native's default)
   */
  readonly location?: pulumi.Input<KnownOr<AzureRegionName>>;
  /**
   * The port's Azure name.
   * @default the component's name
   */
  readonly portName?: pulumi.Input<string>;
  /** The Direct port location (a facility), e.g. `Equinix-Amsterdam-AM5`. */
  readonly peeringLocation: KnownOr<DirectPortLocationName>;
  /** The port speed in Gbps: 10 or 100 (400 by enrolment). */
  readonly bandwidthInGbps: DirectPortBandwidthGbps;
  /**
   * Dot1Q (one C-Tag per peering) or QinQ (an S-Tag per circuit); cannot be changed later.
   * @default "Dot1Q"
   */
  readonly encapsulation?: DirectEncapsulation;
  /**
   * The port's billing model.
   * @default "MeteredData"
   */
  readonly billingType?: SkuFamily;
  /**
   * Enable both links. A new port's links stay disabled until the cross-connects exist (Microsoft's default);
   * enable them for the Layer-1 test. Billing starts when either link is enabled. Circuits on a port whose
   * links are disabled carry no traffic, and are warned about.
   * @default true
   */
  readonly linksEnabled?: boolean;
  /**
   * MACsec on both links.
   * @default no MACsec
   */
  readonly macSec?: DirectPortMacSecArgs;
  /**
   * Protect the port from deletion.
   * @default true
   */
  readonly protect?: boolean;
  /**
   * Tags on the port and every child resource that takes tags (alerts, action group).
   * @default no tags
   */
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Alerts on the port's links: line protocol down and light levels outside -10 to 0 dBm, per link. See
   * {@link MonitoringArgs}.
   * @default the link alerts, notifying nobody until `actionGroupIds` or `emails` is given
   */
  readonly monitoring?: MonitoringArgs;
  /**
   * A `CanNotDelete` management lock on the port. Turning it off needs a reason.
   * @default a CanNotDelete lock
   */
  readonly lock?: LockArgs;
  /**
   * Role assignments on the port (built-in role names or role definition ids). See {@link RoleAssignmentArgs}.
   * @default no role assignments
   */
  readonly roleAssignments?: RoleAssignmentArgs[];
  /**
   * Names of port authorizations to create: each lets another subscription create a circuit on this port
   * (`ExpressRoutePortAuthorization`). Their keys are secrets in `authorizationKeys`; give one to that
   * subscription's {@link DirectCircuit} as `port.authorizationKey`.
   * @default no authorizations
   */
  readonly authorizations?: string[];
  /**
   * The organisation's naming convention for the port's Azure name, used when `portName` is not given.
   * @default the component's name
   */
  readonly naming?: NamingConvention;
}

const LINK_NAMES = ["link1", "link2"] as const;

/** The port as the rules see it; `resolved` holds the secret ids once they are known. */
function portModel(name: string, args: DirectPortArgs, resolved?: { ckn: string; cak: string }): PortModel {
  const enabled = (args.linksEnabled ?? true) ? "Enabled" : "Disabled";
  const ms = args.macSec;
  const identity = ms ? plainOrUnknown(ms.identityId) : undefined;
  return {
    key: name,
    origin: {
      resource: name,
      fields: {
        links: "linksEnabled",
        "links[0].adminState": "linksEnabled",
        "links[1].adminState": "linksEnabled",
        "links[0].macSecConfig": "macSec",
        "links[1].macSecConfig": "macSec",
        identity: "macSec.identityId",
      },
    },
    peeringLocation: args.peeringLocation,
    bandwidthInGbps: args.bandwidthInGbps,
    encapsulation: args.encapsulation ?? "Dot1Q",
    links: LINK_NAMES.map(() => ({
      adminState: enabled,
      macSec: ms && {
        cknSecretIdentifier: resolved ? resolved.ckn : plainOrUnknown(ms.cknSecretIdentifier),
        cakSecretIdentifier: resolved ? resolved.cak : plainOrUnknown(ms.cakSecretIdentifier),
        cipher: ms.cipher ?? "GcmAesXpn256",
      },
    })),
    userAssignedIdentities: identity === undefined ? [] : isUnknown(identity) ? identity : [identity],
  };
}

/**
 * An ExpressRoute Direct port pair: two links at a Direct facility (enabled unless `linksEnabled: false`, as
 * until the cross-connects exist; circuits on a port with disabled links are warned about), with optional MACsec keyed
 * from Key Vault through a user-assigned identity. Protected from deletion by default. Carve circuits from it
 * with {@link DirectCircuit}.
 */
export class DirectPort extends pulumi.ComponentResource {
  /** The port resource. */
  public readonly port: network.ExpressRoutePort;
  /** The port's ARM id. */
  public readonly id: pulumi.Output<string>;
  /** The port speed in Gbps. */
  public readonly bandwidthInGbps: DirectPortBandwidthGbps;
  /** The Direct port location. */
  public readonly peeringLocation: string;
  /** The port's VLAN space: the circuits carved from it so far (Dot1Q ports share one across circuits). */
  public readonly sharedPort: SharedPort;
  /** The port's two links (router names, interfaces, patch panel ids) once provisioned. */
  public readonly links: pulumi.Output<outputs.network.ExpressRouteLinkResponse[]>;
  /** The management lock on the port (absent when `lock.enabled` is false). */
  public readonly lock?: authorization.ManagementLockByScope;
  /** The port's alerts (absent when `monitoring.enabled` is false). */
  public readonly monitoring?: ComponentMonitoring;
  /** The role assignments on the port, in the order of `roleAssignments`. */
  public readonly roleAssignments: authorization.RoleAssignment[];
  /** Port authorization keys by authorization name (a secret), for circuits of other subscriptions. */
  public readonly authorizationKeys: pulumi.Output<Record<string, string>>;
  /** The port's Azure region. */
  public readonly location: pulumi.Output<string>;

  constructor(name: string, args: DirectPortArgs, opts?: pulumi.ComponentResourceOptions) {
    checkArguments("DirectPort", name, args, DIRECT_PORT);
    super("expressroute:index:DirectPort", name, {}, opts);
    const model = { ...EMPTY_MODEL, ports: [portModel(name, args)] };
    const findings = [
      ...validateTopology(model),
      ...monitoringFindings(name, args.monitoring),
      ...lockFindings(name, args.lock),
      ...roleAssignmentFindings(name, args.roleAssignments),
    ];
    throwIfInvalid("DirectPort", name, findings);
    warnAdvisories(findings, this);

    const ms = args.macSec;
    // Secret ids only known at deploy time are checked when they resolve, with the same rule.
    const checkedIds =
      ms &&
      verifyWhenKnown(pulumi.all([ms.cknSecretIdentifier, ms.cakSecretIdentifier]), ([ckn, cak]) => {
        const resolved = { ...EMPTY_MODEL, ports: [portModel(name, args, { ckn, cak })] };
        throwIfInvalid("DirectPort", name, validateTopology(resolved, { rules: [directPortMacsec] }));
      }).apply(([ckn, cak]) => ({ ckn, cak }));
    const adminState = (args.linksEnabled ?? true) ? "Enabled" : "Disabled";
    const resourceGroupName = shapeWhenKnown(
      "DirectPort",
      name,
      args.resourceGroupName,
      armName(),
      "resourceGroupName",
    );
    this.port = new network.ExpressRoutePort(
      `${name}-port`,
      {
        resourceGroupName,
        location: args.location,
        expressRoutePortName: conventionalName(
          "DirectPort",
          { kind: "port", name, location: args.peeringLocation, defaultName: name },
          args.portName === undefined
            ? undefined
            : shapeWhenKnown("DirectPort", name, args.portName, armName(), "portName"),
          args.naming,
        ),
        peeringLocation: args.peeringLocation,
        bandwidthInGbps: args.bandwidthInGbps,
        encapsulation: args.encapsulation ?? "Dot1Q",
        billingType: args.billingType ?? "MeteredData",
        links: LINK_NAMES.map((linkName) => ({
          name: linkName,
          adminState,
          macSecConfig: checkedIds && {
            cknSecretIdentifier: checkedIds.ckn,
            cakSecretIdentifier: checkedIds.cak,
            cipher: ms?.cipher ?? "GcmAesXpn256",
          },
        })),
        identity: ms && { type: "UserAssigned", userAssignedIdentities: [ms.identityId] },
        tags: sendableTags(args.tags),
      },
      { parent: this, protect: isProtected(args.protect, opts?.protect) },
    );
    this.id = this.port.id;
    this.bandwidthInGbps = args.bandwidthInGbps;
    this.peeringLocation = args.peeringLocation;
    this.sharedPort = {
      key: name,
      encapsulation: args.encapsulation ?? "Dot1Q",
      linksEnabled: args.linksEnabled ?? true,
      circuits: [],
    };
    this.links = this.port.links.apply((l) => l ?? []);
    this.lock = managementLock(name, this.port.id, args.lock, { parent: this });
    this.roleAssignments = roleAssignments(name, this.port.id, args.roleAssignments, { parent: this });
    this.location = this.port.location.apply((l) => l ?? "");
    const authKeys: Record<string, pulumi.Output<string>> = {};
    for (const authName of args.authorizations ?? []) {
      const auth = new network.ExpressRoutePortAuthorization(
        `${name}-authorization-${authName}`,
        {
          resourceGroupName,
          expressRoutePortName: this.port.name,
          authorizationName: authName,
        },
        { parent: this, additionalSecretOutputs: ["authorizationKey"] },
      );
      authKeys[authName] = auth.authorizationKey;
    }
    this.authorizationKeys = pulumi.secret(pulumi.all(authKeys));
    if (ComponentMonitoring.enabled(args.monitoring)) {
      const m = new ComponentMonitoring(
        {
          name,
          id: this.port.id,
          resourceGroupName: args.resourceGroupName,
          tags: sendableTags(args.tags),
          parent: this,
        },
        args.monitoring,
      );
      for (const alert of PORT_ALERTS) m.metricAlert(alert);
      this.monitoring = m;
    }
    this.registerOutputs({ id: this.id, links: this.links });
  }
}
