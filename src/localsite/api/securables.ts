import { SpError, accessDenied } from "../http/errors";
import { Permission } from "../security/permissions";
import { WEB_SCOPE_ID } from "../security/scopes";
import { folderUrlOf, type ItemRow } from "../storage/items";
import type { ListRow } from "../storage/lists";
import type { RequestContext } from "./context";
import { listEditLink } from "./entities";

/** Something that carries permissions: the web, a list, or a folder/item. */
export type Securable =
  { kind: "web" } | { kind: "list"; list: ListRow } | { kind: "item"; list: ListRow; item: ItemRow };

export function effectiveScope(securable: Securable): number {
  switch (securable.kind) {
    case "web":
      return WEB_SCOPE_ID;
    case "list":
      return securable.list.ScopeId;
    case "item":
      return securable.item._scope;
  }
}

export function hasUniqueScope(securable: Securable): boolean {
  switch (securable.kind) {
    case "web":
      return true;
    case "list":
      return securable.list.HasUniqueRoleAssignments === 1;
    case "item":
      return securable.item._own_scope !== null;
  }
}

export function securableEditLink(securable: Securable): string {
  switch (securable.kind) {
    case "web":
      return "Web";
    case "list":
      return listEditLink(securable.list);
    case "item":
      return `${listEditLink(securable.list)}/Items(${securable.item.ID})`;
  }
}

/** The scope an item would inherit: its folder's, or the list's at the root. */
export function inheritedScopeOfItem(ctx: RequestContext, list: ListRow, item: ItemRow): number {
  return scopeOfFolderUrl(ctx, list, item.FileDirRef);
}

export function scopeOfFolderUrl(ctx: RequestContext, list: ListRow, folderUrl: string): number {
  if (folderUrl.toLowerCase() === list.RootFolderUrl.toLowerCase()) return list.ScopeId;
  const folder = ctx.site.items.folderByUrl(list, folderUrl);
  return folder?._scope ?? list.ScopeId;
}

export function requirePermission(ctx: RequestContext, scopeId: number, permission: number): void {
  if (!ctx.caller.can(scopeId, permission)) throw accessDenied();
}

function tooManyScopes(): SpError {
  return new SpError(
    400,
    "-2147024809, System.ArgumentException",
    "You cannot break inheritance for this item because there are too many items with unique permissions in this list.",
  );
}

function inheritsError(): SpError {
  return new SpError(
    400,
    "-2146232832, Microsoft.SharePoint.SPException",
    "This operation is not allowed on an object that inherits permissions.",
  );
}

export function requireUnique(securable: Securable): void {
  if (!hasUniqueScope(securable)) throw inheritsError();
}

/** Gives a securable its own scope (copying the inherited assignments or granting the caller Full Control). */
export function breakInheritance(
  ctx: RequestContext,
  securable: Securable,
  copy: boolean,
  clearSubscopes: boolean,
): void {
  const { scopes, items, lists } = ctx.site;
  requirePermission(ctx, effectiveScope(securable), Permission.ManagePermissions);
  if (securable.kind === "web") return;
  if (hasUniqueScope(securable)) return;
  const from = effectiveScope(securable);
  if (securable.kind === "list") {
    const list = securable.list;
    const to = scopes.create(list.Num, null, copy ? from : null);
    if (!copy) scopes.add(to, ctx.caller.user.Id, FULL_CONTROL_ID);
    items.retargetScope(list, from, to);
    lists.setScope(list, to, true);
    if (clearSubscopes) {
      for (const own of items.ownScopesInList(list)) dropItemScope(ctx, list, own.ID, own._own_scope, to);
    }
    return;
  }
  const { list, item } = securable;
  if (list.UniqueScopeCount >= ctx.site.settings.uniqueScopeLimit) throw tooManyScopes();
  const to = scopes.create(list.Num, item.ID, copy ? from : null);
  if (!copy) scopes.add(to, ctx.caller.user.Id, FULL_CONTROL_ID);
  items.rescope(list, item, from, to);
  items.setOwnScope(list, item.ID, to);
  lists.uniqueScopesChanged(list, 1);
  if (clearSubscopes && item.FSObjType === 1) {
    for (const own of items.ownScopesBelow(list, folderUrlOf(item)))
      dropItemScope(ctx, list, own.ID, own._own_scope, to);
  }
}

function dropItemScope(
  ctx: RequestContext,
  list: ListRow,
  itemId: number,
  ownScope: number,
  inherit: number,
): void {
  const { items, scopes, lists } = ctx.site;
  const item = items.byId(list, itemId);
  if (item !== undefined) items.rescope(list, item, ownScope, inherit);
  items.setOwnScope(list, itemId, null);
  scopes.remove(ownScope);
  lists.uniqueScopesChanged(list, -1);
}

/** Returns a securable to inheriting its parent's permissions. */
export function resetInheritance(ctx: RequestContext, securable: Securable): void {
  const { scopes, items, lists } = ctx.site;
  requirePermission(ctx, effectiveScope(securable), Permission.ManagePermissions);
  if (securable.kind === "web" || !hasUniqueScope(securable)) return;
  if (securable.kind === "list") {
    const list = securable.list;
    items.retargetScope(list, list.ScopeId, WEB_SCOPE_ID);
    scopes.remove(list.ScopeId);
    lists.setScope(list, WEB_SCOPE_ID, false);
    return;
  }
  const { list, item } = securable;
  const own = item._own_scope;
  if (own === null) return;
  dropItemScope(ctx, list, item.ID, own, inheritedScopeOfItem(ctx, list, item));
}

export const FULL_CONTROL_ID = 1073741829;
