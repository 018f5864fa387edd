import { parseQueryOptions } from "../../odata";
import { SpError, etagMismatch } from "../../http/errors";
import { Permission } from "../../security/permissions";
import { columnValuesFrom } from "../../storage/item-values";
import type { ItemRow } from "../../storage/items";
import type { ListRow } from "../../storage/lists";
import { ItemColumns } from "../../query/item-columns";
import { queryItems } from "../../query/item-query";
import { enforceThreshold } from "../../query/threshold";
import type { ApiResponse, RequestContext } from "../context";
import { ItemShaper, itemEntityType, itemEtag } from "../item-shape";
import { requirePermission } from "../securables";
import { visibleScopes } from "../visibility";

export function columnsOf(ctx: RequestContext, list: ListRow): ItemColumns {
  const { fields, lists } = ctx.site;
  return new ItemColumns(
    list,
    fields.forList(list.Num),
    (id) => lists.byGuid(id),
    (target) => fields.forList(target.Num),
    (target) => visibleScopes(ctx, target),
  );
}

function nextLinkOf(ctx: RequestContext, skipToken: string, top: number): string {
  const url = new URL(ctx.request.url.toString());
  url.searchParams.set("$skiptoken", skipToken);
  url.searchParams.set("$top", String(top));
  return url.toString();
}

export function listItems(ctx: RequestContext, list: ListRow): ApiResponse {
  const options = parseQueryOptions(ctx.query);
  const columns = columnsOf(ctx, list);
  const shaper = new ItemShaper(ctx, columns, options.select, options.expand);
  enforceThreshold(ctx.site.store, columns, options, ctx.site.settings.listViewThreshold);
  const page = queryItems(ctx.site.store, columns, options, visibleScopes(ctx, list), shaper.columnsNeeded);
  const entities = shaper.shape(list, page.rows);
  const next =
    page.nextSkipToken === undefined ? undefined : nextLinkOf(ctx, page.nextSkipToken, options.top ?? 100);
  return ctx.collection(entities, `SP.ListData.${list.EntityTypeName}Items`, next);
}

export function itemResponse(ctx: RequestContext, list: ListRow, item: ItemRow, status = 200): ApiResponse {
  const options = parseQueryOptions(ctx.query);
  const shaper = new ItemShaper(ctx, columnsOf(ctx, list), options.select, options.expand);
  const [entity] = shaper.shape(list, [item]);
  if (entity === undefined) throw new Error("shaping lost the item");
  return ctx.entity(entity, `SP.ListData.${list.EntityTypeName}Items`, status, { etag: itemEtag(item) });
}

export function addItem(ctx: RequestContext, list: ListRow): ApiResponse {
  requirePermission(ctx, list.ScopeId, Permission.AddListItems);
  const fields = ctx.site.fields.forList(list.Num);
  const values = columnValuesFrom(ctx.body(), fields, itemEntityType(list));
  const item = ctx.site.store.transaction(() => {
    const created = ctx.site.items.insert(list, {
      values,
      authorId: ctx.caller.user.Id,
      dir: list.RootFolderUrl,
      scopeId: list.ScopeId,
    });
    ctx.site.lists.countChanged(list, 1);
    return created;
  });
  return itemResponse(ctx, list, item, 201);
}

/** IF-Match: `*` always matches; otherwise the quoted version must be the item's current one. */
function checkEtag(ctx: RequestContext, item: ItemRow): void {
  const sent = ctx.request.headers["if-match"];
  if (sent === undefined || sent.trim() === "*") return;
  const current = itemEtag(item);
  const normalized = sent.trim().replace(/^W\//, "");
  const bare = normalized.replace(/^"|"$/g, "");
  const version = bare.includes(",") ? bare.slice(bare.lastIndexOf(",") + 1) : bare;
  if (version !== String(item._version)) throw etagMismatch(sent.trim(), current);
}

export function updateItem(ctx: RequestContext, list: ListRow, item: ItemRow): ApiResponse {
  requirePermission(ctx, item._scope, Permission.EditListItems);
  const values = columnValuesFrom(ctx.body(), ctx.site.fields.forList(list.Num), itemEntityType(list));
  const updated = ctx.site.store.transaction(() => {
    const current = ctx.site.items.byId(list, item.ID);
    if (current === undefined)
      throw new SpError(
        404,
        "-2130575338, System.ArgumentException",
        "Item does not exist. It may have been deleted by another user.",
      );
    checkEtag(ctx, current);
    ctx.site.items.update(list, item.ID, values, ctx.caller.user.Id);
    ctx.site.lists.touched(list);
    return ctx.site.items.byId(list, item.ID) ?? current;
  });
  return ctx.noContent({ etag: itemEtag(updated) });
}

export function deleteItem(ctx: RequestContext, list: ListRow, item: ItemRow): ApiResponse {
  requirePermission(ctx, item._scope, Permission.DeleteListItems);
  ctx.site.store.transaction(() => {
    const current = ctx.site.items.byId(list, item.ID);
    if (current === undefined) return;
    checkEtag(ctx, current);
    const { removed, ownScopes } = ctx.site.items.delete(list, current);
    for (const scope of ownScopes) ctx.site.scopes.remove(scope);
    if (ownScopes.length > 0) ctx.site.lists.uniqueScopesChanged(list, -ownScopes.length);
    ctx.site.lists.countChanged(list, -removed);
  });
  return { status: 200, headers: {}, body: "" };
}

export function folderExists(url: string): SpError {
  return new SpError(
    500,
    "-2130575257, Microsoft.SharePoint.SPException",
    `A file or folder with the name ${url} already exists.`,
  );
}
