import type { Entity } from "../../http/entity";
import { SpError } from "../../http/errors";
import type { SegmentArgs } from "../../http/path";
import { EMPTY_MASK, Permission, type BasePermissions } from "../../security/permissions";
import type { ApiResponse, RequestContext } from "../context";
import { principalEntity, roleDefinitionEntity, type RoleDefinitionRow } from "../entities";
import {
  breakInheritance,
  effectiveScope,
  requirePermission,
  requireUnique,
  resetInheritance,
  securableEditLink,
  type Securable,
} from "../securables";

function assignmentEntity(
  ctx: RequestContext,
  securable: Securable,
  principalId: number,
  expand: Set<string>,
): Entity {
  const editLink = `${securableEditLink(securable)}/RoleAssignments/GetByPrincipalId(${principalId})`;
  const props: Record<string, unknown> = { PrincipalId: principalId };
  if (expand.has("member")) {
    const principal = ctx.site.principals.byId(principalId);
    props.Member = principal === undefined ? null : principalEntity(ctx, principal);
  }
  if (expand.has("roledefinitionbindings"))
    props.RoleDefinitionBindings = bindingsOf(ctx, securable, principalId).map((role) =>
      roleDefinitionEntity(ctx, role),
    );
  return { type: "SP.RoleAssignment", id: `${ctx.apiUrl}/${editLink}`, editLink, props };
}

function bindingsOf(ctx: RequestContext, securable: Securable, principalId: number): RoleDefinitionRow[] {
  return ctx.site.store.all<RoleDefinitionRow>(
    `SELECT rd.* FROM role_assignments ra JOIN role_definitions rd ON rd.Id = ra.RoleDefId
     WHERE ra.ScopeId = ? AND ra.PrincipalId = ? ORDER BY rd."Order"`,
    effectiveScope(securable),
    principalId,
  );
}

function expandOf(ctx: RequestContext): Set<string> {
  return new Set(
    (ctx.query.get("$expand") ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase())
      .filter((part) => part !== ""),
  );
}

export function listRoleAssignments(ctx: RequestContext, securable: Securable): ApiResponse {
  requirePermission(ctx, effectiveScope(securable), Permission.EnumeratePermissions);
  const principalIds = [
    ...new Set(ctx.site.scopes.assignments(effectiveScope(securable)).map((row) => row.PrincipalId)),
  ];
  const expand = expandOf(ctx);
  return ctx.collection(
    principalIds.map((id) => assignmentEntity(ctx, securable, id, expand)),
    "SP.ApiData.RoleAssignments",
  );
}

function requireAssignment(ctx: RequestContext, securable: Securable, principalId: number): void {
  requirePermission(ctx, effectiveScope(securable), Permission.EnumeratePermissions);
  if (
    !ctx.site.scopes.assignments(effectiveScope(securable)).some((row) => row.PrincipalId === principalId)
  ) {
    throw new SpError(
      404,
      "-2146232832, Microsoft.SharePoint.SPException",
      "Can not find the principal with id: " + principalId + ".",
    );
  }
}

export function getRoleAssignment(
  ctx: RequestContext,
  securable: Securable,
  principalId: number,
): ApiResponse {
  requireAssignment(ctx, securable, principalId);
  return ctx.entity(
    assignmentEntity(ctx, securable, principalId, expandOf(ctx)),
    "SP.ApiData.RoleAssignments",
  );
}

export function getRoleAssignmentMember(
  ctx: RequestContext,
  securable: Securable,
  principalId: number,
): ApiResponse {
  requireAssignment(ctx, securable, principalId);
  const principal = ctx.site.principals.byId(principalId);
  if (principal === undefined)
    throw new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", "User cannot be found.");
  return ctx.entity(principalEntity(ctx, principal), "SP.ApiData.Principals");
}

export function getRoleAssignmentBindings(
  ctx: RequestContext,
  securable: Securable,
  principalId: number,
): ApiResponse {
  requireAssignment(ctx, securable, principalId);
  return ctx.collection(
    bindingsOf(ctx, securable, principalId).map((role) => roleDefinitionEntity(ctx, role)),
    "SP.ApiData.RoleDefinitions",
  );
}

function numberNamed(args: SegmentArgs, name: string): number {
  const value = Number(args.named.get(name));
  if (!Number.isInteger(value)) {
    throw new SpError(
      400,
      "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
      `The parameter ${name} is missing or invalid.`,
    );
  }
  return value;
}

function changeAssignment(
  ctx: RequestContext,
  securable: Securable,
  args: SegmentArgs,
  add: boolean,
): ApiResponse {
  requirePermission(ctx, effectiveScope(securable), Permission.ManagePermissions);
  requireUnique(securable);
  const principalId = numberNamed(args, "principalid");
  const roleDefId = numberNamed(args, "roledefid");
  if (ctx.site.principals.byId(principalId) === undefined) {
    throw new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", "User cannot be found.");
  }
  if (ctx.site.store.get("SELECT 1 AS x FROM role_definitions WHERE Id = ?", roleDefId) === undefined) {
    throw new SpError(
      404,
      "-2146232832, Microsoft.SharePoint.SPException",
      "Permission level cannot be found.",
    );
  }
  if (add) ctx.site.scopes.add(effectiveScope(securable), principalId, roleDefId);
  else ctx.site.scopes.removeAssignment(effectiveScope(securable), principalId, roleDefId);
  return { status: 200, headers: {}, body: "" };
}

export function addRoleAssignment(ctx: RequestContext, securable: Securable, args: SegmentArgs): ApiResponse {
  return changeAssignment(ctx, securable, args, true);
}

export function removeRoleAssignment(
  ctx: RequestContext,
  securable: Securable,
  args: SegmentArgs,
): ApiResponse {
  return changeAssignment(ctx, securable, args, false);
}

export function deleteRoleAssignment(
  ctx: RequestContext,
  securable: Securable,
  principalId: number,
): ApiResponse {
  requirePermission(ctx, effectiveScope(securable), Permission.ManagePermissions);
  requireUnique(securable);
  ctx.site.scopes.removeAssignment(effectiveScope(securable), principalId, null);
  return { status: 200, headers: {}, body: "" };
}

function flag(args: SegmentArgs, name: string): boolean {
  return (args.named.get(name) ?? "").toLowerCase() === "true";
}

export function breakRoleInheritance(
  ctx: RequestContext,
  securable: Securable,
  args: SegmentArgs,
): ApiResponse {
  const copy = args.named.has("copyroleassignments")
    ? flag(args, "copyroleassignments")
    : (args.positional[0] ?? "").toLowerCase() === "true";
  const clear = args.named.has("clearsubscopes")
    ? flag(args, "clearsubscopes")
    : (args.positional[1] ?? "").toLowerCase() === "true";
  ctx.site.store.transaction(() => breakInheritance(ctx, securable, copy, clear));
  return { status: 200, headers: {}, body: "" };
}

export function resetRoleInheritance(ctx: RequestContext, securable: Securable): ApiResponse {
  ctx.site.store.transaction(() => resetInheritance(ctx, securable));
  return { status: 200, headers: {}, body: "" };
}

function permissionsValue(ctx: RequestContext, mask: BasePermissions): ApiResponse {
  return ctx.value("EffectiveBasePermissions", "SP.BasePermissions", {
    High: String(mask.high),
    Low: String(mask.low),
  });
}

export function effectivePermissions(ctx: RequestContext, securable: Securable): ApiResponse {
  return permissionsValue(ctx, ctx.caller.maskAt(effectiveScope(securable)));
}

export function userEffectivePermissions(
  ctx: RequestContext,
  securable: Securable,
  args: SegmentArgs,
): ApiResponse {
  requirePermission(ctx, effectiveScope(securable), Permission.EnumeratePermissions);
  const login = args.positional[0] ?? args.named.values().next().value ?? "";
  const user = ctx.site.principals.userByLogin(login);
  const mask =
    user === undefined ? EMPTY_MASK : ctx.site.scopes.callerFor(user).maskAt(effectiveScope(securable));
  return ctx.value("GetUserEffectivePermissions", "SP.BasePermissions", {
    High: String(mask.high),
    Low: String(mask.low),
  });
}
