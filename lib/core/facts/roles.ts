import { SOURCES } from "./sources";

/**
 * Built-in Azure roles a component's `roleAssignments` may name instead of an id: the ones Azure Verified Modules
 * offer on network resources. Their ids are the same in every tenant (Azure built-in roles).
 */
export const BUILT_IN_ROLES = {
  value: {
    Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
    "Network Contributor": "4d97b98b-1d4f-4787-a291-c67834d212e7",
    Owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
    Reader: "acdd72a7-3385-48ef-bd42-f606fba81ae7",
    "Role Based Access Control Administrator": "f58310d9-a9f6-439a-9e8d-f62e7b41a168",
    "User Access Administrator": "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
  } as const,
  source: SOURCES.builtInRoles,
};

/** A built-in role's name. */
export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES.value;

/** The kinds of principal a role assignment names (`principalType`). */
export const PRINCIPAL_TYPES = ["User", "Group", "ServicePrincipal", "ForeignGroup", "Device"] as const;
