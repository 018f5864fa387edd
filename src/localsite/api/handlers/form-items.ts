import { DUPLICATE_VALUES_CODE, DuplicateValuesError, SpError } from "../../http/errors";
import { Permission } from "../../security/permissions";
import type { SqlValue } from "../../storage/database";
import type { FieldRow } from "../../storage/fields";
import type { ItemRow } from "../../storage/items";
import type { ListRow } from "../../storage/lists";
import type { ApiResponse, RequestContext } from "../context";
import { folderAt, folderUrl, serverRelative } from "../folder-paths";
import { formValuesOf, storedFormValue, type FormResult } from "../form-values";
import { requirePermission } from "../securables";
import { folderExists } from "./items";

/** SharePoint's validate-update methods: form values (text) in, one result per field out. */
function applyFormValues(
  ctx: RequestContext,
  list: ListRow,
  formValues: unknown,
): { values: Map<string, SqlValue>; results: Omit<FormResult, "ItemId">[] } {
  // Writable fields by lower-cased internal name, the first one winning (as a search in order would).
  const writable = new Map<string, FieldRow>();
  for (const candidate of ctx.site.fields.forList(list.Num)) {
    const name = candidate.InternalName.toLowerCase();
    if (candidate.ReadOnlyField === 0 && !writable.has(name)) writable.set(name, candidate);
  }
  const values = new Map<string, SqlValue>();
  const results: Omit<FormResult, "ItemId">[] = [];
  for (const entry of formValuesOf(formValues)) {
    const field = writable.get(entry.FieldName.toLowerCase());
    const stored =
      field === undefined
        ? { error: `Column '${entry.FieldName}' does not exist.` }
        : storedFormValue(field, entry.FieldValue, ctx.site.principals);
    const failed = typeof stored === "object" && stored !== null && "error" in stored;
    if (!failed && field !== undefined) values.set(field.ColumnName, stored as SqlValue);
    results.push({
      ErrorCode: failed ? (("code" in stored ? stored.code : undefined) ?? -2146232832) : 0,
      ErrorMessage: failed ? stored.error : null,
      FieldName: entry.FieldName,
      FieldValue: entry.FieldValue,
      HasException: failed,
    });
  }
  return { values, results };
}

/**
 * A validate-update method reports a repeated unique value per field (HTTP 200, as it reports every field
 * error), on the fields whose columns collided; the other fields' results stand.
 */
function duplicateResults(
  ctx: RequestContext,
  list: ListRow,
  results: Omit<FormResult, "ItemId">[],
  error: DuplicateValuesError,
): FormResult[] {
  const fields = ctx.site.fields.forList(list.Num);
  const collided = new Set(
    fields
      .filter((f) => error.columns.some((c) => c.toLowerCase() === f.ColumnName.toLowerCase()))
      .map((f) => f.InternalName.toLowerCase()),
  );
  return results.map((result) =>
    collided.has(result.FieldName.toLowerCase())
      ? {
          ...result,
          ErrorCode: DUPLICATE_VALUES_CODE,
          ErrorMessage: error.message,
          HasException: true,
          ItemId: 0,
        }
      : { ...result, ItemId: 0 },
  );
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
  // The folder just found is the one scopeOfFolderUrl would look up again.
  const scopeId = target.folder === null ? list.ScopeId : target.folder._scope;
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
  let item: ItemRow;
  try {
    item = ctx.site.store.transaction(() => {
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
  } catch (error) {
    if (!(error instanceof DuplicateValuesError)) throw error;
    return formResponse(ctx, "AddValidateUpdateItemUsingPath", duplicateResults(ctx, list, results, error));
  }
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
    try {
      ctx.site.store.transaction(() => {
        ctx.site.items.update(list, item.ID, values, ctx.caller.user.Id);
        ctx.site.lists.touched(list);
      });
    } catch (error) {
      if (!(error instanceof DuplicateValuesError)) throw error;
      const refused = duplicateResults(ctx, list, results, error);
      return formResponse(
        ctx,
        "ValidateUpdateListItem",
        refused.map((result) => ({ ...result, ItemId: item.ID })),
      );
    }
  }
  return formResponse(
    ctx,
    "ValidateUpdateListItem",
    results.map((result) => ({ ...result, ItemId: item.ID })),
  );
}
