import type { SPFI } from "@pnp/sp";
import "@pnp/sp/webs";
import "@pnp/sp/security/web";
import type { IRoleAssignments, IRoleDefinitions } from "@pnp/sp/security";

/** PnPjs's RoleTypeKind (0–7), which its package index does not export by name. */
type RoleTypeKind = Parameters<IRoleDefinitions["getByType"]>[0];

/** SharePoint's RoleTypeKind of the built-in permission levels this app reads or grants. */
export const RoleType = {
  LimitedAccess: 1,
  Read: 2,
  Contribute: 3,
  FullControl: 5,
  Edit: 6,
} as const satisfies Record<string, RoleTypeKind>;

/** The site's id of a built-in permission level (ids are per site in SharePoint Online). */
export async function roleDefinitionId(sp: SPFI, kind: RoleTypeKind): Promise<number> {
  const role = await sp.web.roleDefinitions.getByType(kind).select("Id")<{ Id: number }>();
  return role.Id;
}

export interface RoleBinding {
  Id: number;
  Name: string;
  RoleTypeKind: number;
}

/** One principal's grants on one securable (web, list, folder or item). */
export interface AssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings: RoleBinding[];
}

/** Every principal granted on a securable, with the permission levels each holds: one request. */
export function assignmentsWithRoles(assignments: IRoleAssignments): Promise<AssignmentRow[]> {
  return assignments
    .expand("RoleDefinitionBindings")
    .select(
      "PrincipalId",
      "RoleDefinitionBindings/Id",
      "RoleDefinitionBindings/Name",
      "RoleDefinitionBindings/RoleTypeKind",
    )<AssignmentRow[]>();
}

/**
 * The permission levels that count: all but Limited Access, which SharePoint itself adds to a parent when
 * something below it is shared, and which grants no content.
 */
export function grantedRoles(row: AssignmentRow | undefined): RoleBinding[] {
  return (row?.RoleDefinitionBindings ?? []).filter((b) => b.RoleTypeKind !== RoleType.LimitedAccess);
}

/** What turns a principal's levels into exactly one level: add it if missing, remove every other. */
export function toExactly(
  held: readonly RoleBinding[],
  wanted: number,
): { add: boolean; remove: RoleBinding[] } {
  return { add: !held.some((b) => b.Id === wanted), remove: held.filter((b) => b.Id !== wanted) };
}
