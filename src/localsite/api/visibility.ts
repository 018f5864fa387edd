import { Permission } from "../security/permissions";
import type { ListRow } from "../storage/lists";
import type { RequestContext } from "./context";

/** Scopes whose items the caller may read in this list; null when nothing needs trimming. */
export function visibleScopes(ctx: RequestContext, list: ListRow): readonly number[] | null {
  if (ctx.caller.everywhere(Permission.ViewListItems)) return null;
  const readable = ctx.caller.readableScopes(Permission.ViewListItems);
  if (list.UniqueScopeCount === 0 && readable.includes(list.ScopeId)) return null;
  return readable;
}

/** A caller sees a list when it may read it, or anything inside it ("limited access"). */
export function canSeeList(ctx: RequestContext, list: ListRow): boolean {
  if (ctx.caller.can(list.ScopeId, Permission.ViewListItems)) return true;
  return ctx.caller.readsInList(list.Num, Permission.ViewListItems);
}

/** A caller may use the web at all when it holds any role in the site, is its admin, or is a granted app. */
export function canUseWeb(ctx: RequestContext): boolean {
  return (
    ctx.caller.isSiteAdmin || ctx.caller.siteWide !== undefined || ctx.caller.scopesWithAnyRole().length > 0
  );
}
