import * as authorization from "@pulumi/azure-native/authorization";
import * as pulumi from "@pulumi/pulumi";
import type { Finding } from "../core/findings";
import { BUILT_IN_ROLES, PRINCIPAL_TYPES, type BuiltInRoleName } from "../core/facts/roles";
import { roleAssignmentInput } from "../core/rules/component-input";
import { input, list, obj, oneOf, optional, str, type Shape } from "./argument-shape";

/** One role assignment on the resource a component creates, as Azure Verified Modules offer them. */
export interface RoleAssignmentArgs {
  /** The object id (a GUID) of the user, group or service principal that gets the role. */
  readonly principalId: pulumi.Input<string>;
  /**
   * A built-in role by name (`"Network Contributor"`), a role definition's GUID, or its full id
   * (`/subscriptions/.../providers/Microsoft.Authorization/roleDefinitions/<guid>`).
   */
  readonly roleDefinitionIdOrName: BuiltInRoleName | (string & {});
  /**
   * The kind of principal. Set it for a group or service principal: azure-native sends "User" when it is not
   * given.
   * @default "User" (azure-native's default)
   */
  readonly principalType?: (typeof PRINCIPAL_TYPES)[number];
  /**
   * Why the principal has the role.
   * @default none
   */
  readonly description?: string;
}

/** The JavaScript shape of the `roleAssignments` argument. */
export const ROLE_ASSIGNMENTS: Shape = list(
  obj({
    principalId: input({ nonEmpty: true }),
    roleDefinitionIdOrName: str({ nonEmpty: true }),
    principalType: optional(oneOf(PRINCIPAL_TYPES)),
    description: optional(str()),
  }),
);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROLE_DEFINITION_ID =
  /^(\/subscriptions\/[^/]+)?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i;

/** The role definition id a role assignment names (built-in names and bare GUIDs at subscription scope). */
export function roleDefinitionId(nameOrId: string, subscriptionId: string): string {
  const builtIn = (BUILT_IN_ROLES.value as Record<string, string>)[nameOrId];
  const guid = builtIn ?? (GUID.test(nameOrId) ? nameOrId : undefined);
  return guid === undefined
    ? nameOrId
    : `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

/** What is wrong with well-typed role assignments, named as the user wrote them (`roleAssignments[0].principalId`). */
export function roleAssignmentFindings(
  resource: string,
  assignments: readonly RoleAssignmentArgs[] | undefined,
  path = "roleAssignments",
): Finding[] {
  const findings: Finding[] = [];
  for (const [i, a] of (assignments ?? []).entries()) {
    const role = a.roleDefinitionIdOrName;
    if (!(role in BUILT_IN_ROLES.value) && !GUID.test(role) && !ROLE_DEFINITION_ID.test(role))
      findings.push({
        ruleId: roleAssignmentInput.id,
        severity: "mandatory",
        resource,
        path: `${path}[${i}].roleDefinitionIdOrName`,
        value: JSON.stringify(role),
        allowed: `${Object.keys(BUILT_IN_ROLES.value).join(", ")}, a role definition GUID, or its ARM id`,
        fix: 'Name a built-in role ("Network Contributor"), or give the role definition\'s GUID (az role definition list --name "<role>" --query [].name).',
        message: "This is not a built-in role this library knows, a GUID or a role definition id.",
      });
    if (typeof a.principalId === "string" && !GUID.test(a.principalId))
      findings.push({
        ruleId: roleAssignmentInput.id,
        severity: "mandatory",
        resource,
        path: `${path}[${i}].principalId`,
        value: JSON.stringify(a.principalId),
        allowed: "the object id (a GUID) of a user, group or service principal",
        fix: "Give the principal's object id (az ad group show --group <name> --query id), not its name or e-mail.",
        message: "Azure assigns roles to principals by object id.",
      });
  }
  return findings;
}

/** The role assignments on a resource, children of the component. */
export function roleAssignments(
  name: string,
  scope: pulumi.Output<string>,
  assignments: readonly RoleAssignmentArgs[] | undefined,
  opts: pulumi.CustomResourceOptions,
): authorization.RoleAssignment[] {
  return (assignments ?? []).map(
    (a, i) =>
      new authorization.RoleAssignment(
        `${name}-role-${i}`,
        {
          scope,
          principalId: a.principalId,
          principalType: a.principalType,
          description: a.description,
          roleDefinitionId: scope.apply((id) =>
            roleDefinitionId(a.roleDefinitionIdOrName, /^\/subscriptions\/([^/]+)/i.exec(id)?.[1] ?? ""),
          ),
        },
        opts,
      ),
  );
}
