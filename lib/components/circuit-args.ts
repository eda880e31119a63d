import type { AzureRegionName, KnownOr } from "../core/facts/location-names";
import type { LockArgs } from "./management-lock";
import type { MonitoringArgs } from "./monitoring";
import type { NamingConvention } from "./naming";
import type { RoleAssignmentArgs } from "./role-assignments";
import type * as pulumi from "@pulumi/pulumi";
import type { MicrosoftPeeringArgs, PrivatePeeringArgs } from "./peering-args";

/** Arguments every circuit component takes. */
export interface CircuitCommonArgs {
  /** The resource group of the circuit and its children. */
  readonly resourceGroupName: pulumi.Input<string>;
  /**
   * Azure region of the circuit resource (and of the Microsoft peering's route filter, which must match).
   * @default the resource group's location (azure-native's default)
   */
  readonly location?: pulumi.Input<KnownOr<AzureRegionName>>;
  /**
   * The circuit's Azure name.
   * @default the component's name
   */
  readonly circuitName?: pulumi.Input<string>;
  /**
   * Azure private peering (dual BGP to your VNets). At least one of `privatePeering` and `microsoftPeering`
   * is required.
   * @default no private peering
   */
  readonly privatePeering?: PrivatePeeringArgs;
  /**
   * Microsoft peering, created with its route filter.
   * @default no Microsoft peering
   */
  readonly microsoftPeering?: MicrosoftPeeringArgs;
  /**
   * Create the peerings (and the Microsoft peering's route filter) now. A provider circuit's peerings can only
   * be configured once the provider has provisioned the circuit: set `false` for the first `pulumi up`, give
   * the service key to the provider, then remove it and run `pulumi up` again. The peerings are validated
   * either way, and a circuit without configured peerings cannot take VNet links or Global Reach yet.
   * @default true
   */
  readonly configurePeerings?: boolean;
  /**
   * Names of circuit authorizations to create (one per VNet connection from another subscription). Their keys
   * are exposed as secrets in `authorizationKeys`.
   * @default no authorizations
   */
  readonly authorizations?: string[];
  /**
   * Protect the circuit from deletion: a deleted circuit loses its provider provisioning and service key. An
   * explicit `false` leaves the circuit and its children unprotected.
   * @default the component's `protect` resource option when it is a boolean, else true
   */
  readonly protect?: boolean;
  /**
   * Tags on the circuit and every child resource that takes tags (the route filter, alerts, action group). Peerings,
   * authorizations, locks and role assignments take no tags in Azure.
   * @default no tags
   */
  readonly tags?: pulumi.Input<Record<string, pulumi.Input<string>>>;
  /**
   * Alerts on the circuit: BGP and ARP availability per link (each link of each peering alerts alone), a
   * Service Health alert for ExpressRoute maintenance, optionally throughput; an action group and diagnostic
   * settings when asked for. See {@link MonitoringArgs}.
   * @default availability and maintenance alerts, notifying nobody until `actionGroupIds` or `emails` is given
   */
  readonly monitoring?: MonitoringArgs;
  /**
   * A `CanNotDelete` management lock on the circuit, which also guards it against the portal and other tools.
   * Turning it off needs a reason: `{ enabled: false, reason: "..." }`.
   * @default a CanNotDelete lock
   */
  readonly lock?: LockArgs;
  /**
   * Role assignments on the circuit, as Azure Verified Modules offer them: a built-in role by name
   * (`"Network Contributor"`) or a role definition id, and a principal's object id.
   * @default no role assignments
   */
  readonly roleAssignments?: RoleAssignmentArgs[];
  /**
   * Allow classic (Azure Service Manager) operations on the circuit, for classic VNets still linked to it.
   * @default false (Azure's default)
   */
  readonly allowClassicOperations?: boolean;
  /**
   * The circuit's `globalReachEnabled` flag, passed to Azure as given. Global Reach itself is made with
   * {@link GlobalReachMesh}.
   * @default not set (Azure's default)
   */
  readonly globalReachEnabled?: boolean;
  /**
   * The organisation's naming convention for the circuit's Azure name, used when `circuitName` is not given.
   * @default the component's name
   */
  readonly naming?: NamingConvention;
}
