import { parseQueryOptions } from "../../odata";
import { SpError, etagMismatch } from "../../http/errors";
import { Permission } from "../../security/permissions";
import type { SqlValue } from "../../storage/database";
import { columnValuesFrom } from "../../storage/item-values";
import type { ItemRow } from "../../storage/items";
import type { ListRow } from "../../storage/lists";
import { ItemColumns } from "../../query/item-columns";
import { queryItems } from "../../query/item-query";
import { enforceThreshold } from "../../query/threshold";
import type { ApiResponse, RequestContext } from "../context";
import { folderAt, folderUrl, serverRelative } from "../folder-paths";
import { formValuesOf, storedFormValue, type FormResult } from "../form-values";
import { ItemShaper, itemEntityType, itemEtag } from "../item-shape";
import { requirePermission, scopeOfFolderUrl } from "../securables";
import { visibleScopes } from "../visibility";

export function columnsOf(ctx: RequestContext, list: ListRow): ItemColumns {
  const { fields, lists } = ctx.site;
  return new ItemColumns(
    list,
    fields.forList(list.Num),
    (id) => lists.byGuid(id),
    (target) => fields.forList(target.Num),
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

function applyFormValues(
  ctx: RequestContext,
  list: ListRow,
  formValues: unknown,
): { values: Map<string, SqlValue>; results: Omit<FormResult, "ItemId">[] } {
  const fields = ctx.site.fields.forList(list.Num);
  const values = new Map<string, SqlValue>();
  const results: Omit<FormResult, "ItemId">[] = [];
  for (const entry of formValuesOf(formValues)) {
    const field = fields.find(
      (candidate) =>
        candidate.InternalName.toLowerCase() === entry.FieldName.toLowerCase() &&
        candidate.ReadOnlyField === 0,
    );
    const stored =
      field === undefined
        ? { error: `Column '${entry.FieldName}' does not exist.` }
        : storedFormValue(field, entry.FieldValue, ctx.site.principals);
    const failed = typeof stored === "object" && stored !== null && "error" in stored;
    if (!failed && field !== undefined) values.set(field.ColumnName, stored as SqlValue);
    results.push({
      ErrorCode: failed ? -2146232832 : 0,
      ErrorMessage: failed ? stored.error : null,
      FieldName: entry.FieldName,
      FieldValue: entry.FieldValue,
      HasException: failed,
    });
  }
  return { values, results };
}

function formResponse(ctx: RequestContext, method: string, results: FormResult[]): ApiResponse {
  if (ctx.level === "verbose") {
    return ctx.json(200, {
      d: {
        [method]: {
          results: results.map((result) => ({
            __metadata: { type: "SP.ListItemFormUpdateValue" },
            ...result,
          })),
        },
      },
    });
  }
  return ctx.json(200, {
    "odata.metadata": `${ctx.apiUrl}/$metadata#Collection(SP.ListItemFormUpdateValue)`,
    value: results,
  });
}

function decodedUrlOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (
    typeof value === "object" &&
    value !== null &&
    "DecodedUrl" in value &&
    typeof value.DecodedUrl === "string"
  )
    return value.DecodedUrl;
  return undefined;
}

/** `AddValidateUpdateItemUsingPath`: how items (and folders) are created inside a folder. */
export function addValidateUpdateItem(ctx: RequestContext, list: ListRow): ApiResponse {
  const body = ctx.body();
  const info = (
    typeof body.listItemCreateInfo === "object" && body.listItemCreateInfo !== null
      ? body.listItemCreateInfo
      : {}
  ) as Record<string, unknown>;
  const folderPath = decodedUrlOf(info.FolderPath);
  const dirUrl =
    folderPath === undefined || folderPath === "" ? list.RootFolderUrl : serverRelative(ctx, folderPath);
  const target = folderAt(ctx, dirUrl);
  if (target === undefined || target.list.Num !== list.Num) {
    throw new SpError(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");
  }
  const dir = folderUrl(list, target.folder);
  const scopeId = scopeOfFolderUrl(ctx, list, dir);
  requirePermission(ctx, scopeId, Permission.AddListItems);
  const { values, results } = applyFormValues(ctx, list, body.formValues);
  const isFolder = info.UnderlyingObjectType === 1;
  const leaf = decodedUrlOf(info.LeafName);
  if (results.some((result) => result.HasException)) {
    return formResponse(
      ctx,
      "AddValidateUpdateItemUsingPath",
      results.map((result) => ({ ...result, ItemId: 0 })),
    );
  }
  const item = ctx.site.store.transaction(() => {
    if (isFolder) {
      const name = leaf ?? (typeof values.get("Title") === "string" ? (values.get("Title") as string) : "");
      if (name === "")
        throw new SpError(400, "-2147024809, System.ArgumentException", "A folder needs a name.");
      if (ctx.site.items.folderByUrl(list, `${dir}/${name}`) !== undefined)
        throw folderExists(`${dir}/${name}`);
      if (!values.has("Title")) values.set("Title", name);
      const created = ctx.site.items.insert(list, {
        values,
        authorId: ctx.caller.user.Id,
        dir,
        scopeId,
        folderName: name,
      });
      ctx.site.lists.countChanged(list, 1);
      return created;
    }
    const created = ctx.site.items.insert(list, { values, authorId: ctx.caller.user.Id, dir, scopeId });
    ctx.site.lists.countChanged(list, 1);
    return created;
  });
  const withId: FormResult[] = [
    ...results.map((result) => ({ ...result, ItemId: item.ID })),
    {
      ErrorCode: 0,
      ErrorMessage: null,
      FieldName: "Id",
      FieldValue: String(item.ID),
      HasException: false,
      ItemId: item.ID,
    },
  ];
  return formResponse(ctx, "AddValidateUpdateItemUsingPath", withId);
}

export function validateUpdateItem(ctx: RequestContext, list: ListRow, item: ItemRow): ApiResponse {
  requirePermission(ctx, item._scope, Permission.EditListItems);
  const { values, results } = applyFormValues(ctx, list, ctx.body().formValues);
  if (!results.some((result) => result.HasException)) {
    ctx.site.store.transaction(() => {
      ctx.site.items.update(list, item.ID, values, ctx.caller.user.Id);
      ctx.site.lists.touched(list);
    });
  }
  return formResponse(
    ctx,
    "ValidateUpdateListItem",
    results.map((result) => ({ ...result, ItemId: item.ID })),
  );
}

export function folderExists(url: string): SpError {
  return new SpError(
    500,
    "-2130575257, Microsoft.SharePoint.SPException",
    `A file or folder with the name ${url} already exists.`,
  );
}
