import { SpError, accessDenied } from "../../http/errors";
import { selectProps } from "../../http/entity";
import { Permission } from "../../security/permissions";
import { WEB_SCOPE_ID } from "../../security/scopes";
import type { PrincipalRow } from "../../storage/principals";
import type { ApiResponse, RequestContext } from "../context";
import {
  groupEntity,
  principalEntity,
  roleDefinitionEntity,
  userEntity,
  webEntity,
  type RoleDefinitionRow,
} from "../entities";
import { PRINCIPAL_COLUMNS, ROLE_COLUMNS, queryMetadata, selectOf } from "../metadata-query";
import { requirePermission } from "../securables";
import { canUseWeb } from "../visibility";

function requireWebAccess(ctx: RequestContext): void {
  if (!canUseWeb(ctx)) throw accessDenied();
}

export function contextInfo(ctx: RequestContext): ApiResponse {
  const info = {
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: `0x${"0".repeat(64)},${new Date().toUTCString()}`,
    LibraryVersion: "16.0.0.0",
    SiteFullUrl: ctx.webUrl,
    SupportedSchemaVersions: ["14.0.0.0", "15.0.0.0"],
    WebFullUrl: ctx.webUrl,
  };
  if (ctx.level === "verbose") {
    return ctx.json(200, {
      d: {
        GetContextWebInformation: {
          __metadata: { type: "SP.ContextWebInformation" },
          ...info,
          SupportedSchemaVersions: { results: info.SupportedSchemaVersions },
        },
      },
    });
  }
  return ctx.json(200, { "odata.metadata": `${ctx.apiUrl}/$metadata#SP.ContextWebInformation`, ...info });
}

export function getWeb(ctx: RequestContext): ApiResponse {
  requireWebAccess(ctx);
  return ctx.entity(selectProps(webEntity(ctx), selectOf(ctx.query)), "SP.ApiData.Webs");
}

export function updateWeb(ctx: RequestContext): ApiResponse {
  requirePermission(ctx, WEB_SCOPE_ID, Permission.ManageWeb);
  const title = ctx.body().Title;
  if (typeof title === "string")
    ctx.site.store.run("UPDATE site_meta SET value = ? WHERE key = 'title'", title);
  return ctx.noContent();
}

function principalsQuery(ctx: RequestContext, type: number): PrincipalRow[] {
  return queryMetadata<PrincipalRow>(
    ctx.site.store,
    "principals",
    PRINCIPAL_COLUMNS,
    ctx.query,
    { sql: "PrincipalType = ?", params: [type] },
    "Id",
  );
}

export function listUsers(ctx: RequestContext, users?: PrincipalRow[]): ApiResponse {
  requireWebAccess(ctx);
  const select = selectOf(ctx.query);
  const rows = users ?? principalsQuery(ctx, 1);
  return ctx.collection(
    rows.map((user) => selectProps(userEntity(ctx, user), select)),
    "SP.ApiData.Users",
  );
}

export function getUser(ctx: RequestContext, user: PrincipalRow): ApiResponse {
  if (user.Id !== ctx.caller.user.Id) requireWebAccess(ctx);
  return ctx.entity(selectProps(userEntity(ctx, user), selectOf(ctx.query)), "SP.ApiData.Users");
}

function requireUserAdmin(ctx: RequestContext): void {
  requirePermission(ctx, WEB_SCOPE_ID, Permission.ManagePermissions);
}

function loginFrom(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== "string" || value.trim() === "") {
    throw new SpError(
      400,
      "-1, System.ArgumentNullException",
      `Value cannot be null.\r\nParameter name: ${key}`,
    );
  }
  return value;
}

function ensure(ctx: RequestContext, login: string): PrincipalRow {
  const user = ctx.site.principals.ensureUser(login);
  if (user === undefined) {
    throw new SpError(
      404,
      "-2146232832, Microsoft.SharePoint.SPException",
      `The specified user ${login} could not be found.`,
    );
  }
  return user;
}

export function ensureUser(ctx: RequestContext): ApiResponse {
  requireUserAdmin(ctx);
  const user = ctx.site.store.transaction(() => ensure(ctx, loginFrom(ctx.body(), "logonName")));
  return ctx.entity(userEntity(ctx, user), "SP.ApiData.Users");
}

export function addSiteUser(ctx: RequestContext): ApiResponse {
  requireUserAdmin(ctx);
  const user = ctx.site.store.transaction(() => ensure(ctx, loginFrom(ctx.body(), "LoginName")));
  return ctx.entity(userEntity(ctx, user), "SP.ApiData.Users", 201);
}

export function updateUser(ctx: RequestContext, user: PrincipalRow): ApiResponse {
  requireUserAdmin(ctx);
  const body = ctx.body();
  ctx.site.principals.updatePrincipal(user.Id, {
    Title: typeof body.Title === "string" ? body.Title : undefined,
    Email: typeof body.Email === "string" ? body.Email : undefined,
    IsSiteAdmin:
      typeof body.IsSiteAdmin === "boolean" && ctx.caller.isSiteAdmin ? body.IsSiteAdmin : undefined,
  });
  return ctx.noContent();
}

export function deletePrincipal(ctx: RequestContext, principal: PrincipalRow): ApiResponse {
  requireUserAdmin(ctx);
  if (principal.Id === ctx.caller.user.Id)
    throw new SpError(400, "-2146232832, Microsoft.SharePoint.SPException", "You cannot remove yourself.");
  ctx.site.principals.deletePrincipal(principal.Id);
  return { status: 200, headers: {}, body: "" };
}

export function listGroups(ctx: RequestContext, groups?: PrincipalRow[]): ApiResponse {
  requireWebAccess(ctx);
  const select = selectOf(ctx.query);
  const rows = groups ?? principalsQuery(ctx, 8);
  return ctx.collection(
    rows.map((group) => selectProps(principalEntity(ctx, group), select)),
    "SP.ApiData.Groups",
  );
}

export function getGroup(ctx: RequestContext, group: PrincipalRow): ApiResponse {
  requireWebAccess(ctx);
  return ctx.entity(selectProps(principalEntity(ctx, group), selectOf(ctx.query)), "SP.ApiData.Groups");
}

export function addGroup(ctx: RequestContext): ApiResponse {
  requireUserAdmin(ctx);
  const body = ctx.body();
  const title = loginFrom(body, "Title");
  if (
    ctx.site.principals.groupByName(title) !== undefined ||
    ctx.site.principals.userByLogin(title) !== undefined
  ) {
    throw new SpError(
      500,
      "-2130575293, Microsoft.SharePoint.SPException",
      `The specified name is already in use.`,
    );
  }
  const group = ctx.site.principals.createGroup(
    title,
    typeof body.Description === "string" ? body.Description : "",
    ctx.caller.user.Id,
  );
  return ctx.entity(groupEntity(ctx, group, ctx.caller.user.Title), "SP.ApiData.Groups", 201);
}

export function updateGroup(ctx: RequestContext, group: PrincipalRow): ApiResponse {
  requireUserAdmin(ctx);
  const body = ctx.body();
  ctx.site.principals.updatePrincipal(group.Id, {
    Title: typeof body.Title === "string" ? body.Title : undefined,
    Description: typeof body.Description === "string" ? body.Description : undefined,
  });
  return ctx.noContent();
}

export function addGroupMember(ctx: RequestContext, group: PrincipalRow): ApiResponse {
  requireUserAdmin(ctx);
  const user = ctx.site.store.transaction(() => {
    const member = ensure(ctx, loginFrom(ctx.body(), "LoginName"));
    ctx.site.principals.addMember(group.Id, member.Id);
    return member;
  });
  return ctx.entity(userEntity(ctx, user), "SP.ApiData.Users", 201);
}

export function removeGroupMember(
  ctx: RequestContext,
  group: PrincipalRow,
  user: PrincipalRow | undefined,
): ApiResponse {
  requireUserAdmin(ctx);
  if (user === undefined)
    throw new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", "User cannot be found.");
  ctx.site.principals.removeMember(group.Id, user.Id);
  return { status: 200, headers: {}, body: "" };
}

export function listRoleDefinitions(ctx: RequestContext): ApiResponse {
  requireWebAccess(ctx);
  const rows = queryMetadata<RoleDefinitionRow>(
    ctx.site.store,
    "role_definitions",
    ROLE_COLUMNS,
    ctx.query,
    { sql: "1 = 1", params: [] },
    '"Order"',
  );
  const select = selectOf(ctx.query);
  return ctx.collection(
    rows.map((role) => selectProps(roleDefinitionEntity(ctx, role), select)),
    "SP.ApiData.RoleDefinitions",
  );
}

export function getRoleDefinition(ctx: RequestContext, role: RoleDefinitionRow): ApiResponse {
  requireWebAccess(ctx);
  return ctx.entity(
    selectProps(roleDefinitionEntity(ctx, role), selectOf(ctx.query)),
    "SP.ApiData.RoleDefinitions",
  );
}
