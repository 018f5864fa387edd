import { SpError } from "../../http/errors";
import { selectProps } from "../../http/entity";
import { Permission } from "../../security/permissions";
import { WEB_SCOPE_ID } from "../../security/scopes";
import { choicesOf, type FieldRow, type NewField } from "../../storage/fields";
import { itemTable, type ListRow } from "../../storage/lists";
import type { ApiResponse, RequestContext } from "../context";
import { fieldEntity, listEntity } from "../entities";
import { FIELD_COLUMNS, LIST_COLUMNS, queryMetadata, selectOf } from "../metadata-query";
import { requirePermission } from "../securables";
import { canSeeList } from "../visibility";

export function listLists(ctx: RequestContext): ApiResponse {
  const rows = queryMetadata<ListRow>(
    ctx.site.store,
    "lists",
    LIST_COLUMNS,
    ctx.query,
    { sql: "1 = 1", params: [] },
    "Num",
  );
  const select = selectOf(ctx.query);
  return ctx.collection(
    rows.filter((list) => canSeeList(ctx, list)).map((list) => selectProps(listEntity(ctx, list), select)),
    "SP.ApiData.Lists",
  );
}

export function getList(ctx: RequestContext, list: ListRow): ApiResponse {
  return ctx.entity(selectProps(listEntity(ctx, list), selectOf(ctx.query)), "SP.ApiData.Lists");
}

export function addList(ctx: RequestContext): ApiResponse {
  requirePermission(ctx, WEB_SCOPE_ID, Permission.ManageLists);
  const body = ctx.body();
  const title = body.Title;
  if (typeof title !== "string" || title.trim() === "") {
    throw new SpError(400, "-2147024809, System.ArgumentException", "The list title cannot be empty.");
  }
  if (ctx.site.lists.byTitle(title) !== undefined) {
    throw new SpError(
      500,
      "-2130575342, Microsoft.SharePoint.SPException",
      "A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.",
    );
  }
  const list = ctx.site.store.transaction(() =>
    ctx.site.lists.create({
      Title: title,
      Description: typeof body.Description === "string" ? body.Description : "",
      BaseTemplate: typeof body.BaseTemplate === "number" ? body.BaseTemplate : 100,
      ContentTypesEnabled: body.ContentTypesEnabled === true,
    }),
  );
  return ctx.entity(listEntity(ctx, list), "SP.ApiData.Lists", 201);
}

export function updateList(ctx: RequestContext, list: ListRow): ApiResponse {
  requirePermission(ctx, list.ScopeId, Permission.ManageLists);
  const body = ctx.body();
  const title = body.Title;
  if (
    typeof title === "string" &&
    title.toLowerCase() !== list.Title.toLowerCase() &&
    ctx.site.lists.byTitle(title) !== undefined
  ) {
    throw new SpError(
      500,
      "-2130575342, Microsoft.SharePoint.SPException",
      "A list with the specified title already exists.",
    );
  }
  ctx.site.lists.update(list, body);
  return ctx.noContent();
}

export function deleteList(ctx: RequestContext, list: ListRow): ApiResponse {
  requirePermission(ctx, list.ScopeId, Permission.ManageLists);
  ctx.site.store.transaction(() => ctx.site.lists.delete(list));
  return { status: 200, headers: {}, body: "" };
}

export function listFields(ctx: RequestContext, list: ListRow): ApiResponse {
  const rows = queryMetadata<FieldRow>(
    ctx.site.store,
    "fields",
    FIELD_COLUMNS,
    ctx.query,
    { sql: "ListNum = ?", params: [list.Num] },
    "Position",
  );
  const select = selectOf(ctx.query);
  return ctx.collection(
    rows.map((field) => selectProps(fieldEntity(ctx, list, field), select)),
    "SP.ApiData.Fields",
  );
}

export function getField(ctx: RequestContext, list: ListRow, field: FieldRow): ApiResponse {
  return ctx.entity(selectProps(fieldEntity(ctx, list, field), selectOf(ctx.query)), "SP.ApiData.Fields");
}

function newFieldFrom(body: Record<string, unknown>): NewField {
  const title = body.Title;
  const kind = body.FieldTypeKind;
  if (typeof title !== "string" || title.trim() === "" || typeof kind !== "number") {
    throw new SpError(
      400,
      "-2147024809, System.ArgumentException",
      "A field needs a Title and a FieldTypeKind.",
    );
  }
  const text = (key: string): string | undefined =>
    typeof body[key] === "string" ? (body[key] as string) : undefined;
  const flag = (key: string): boolean | undefined =>
    typeof body[key] === "boolean" ? (body[key] as boolean) : undefined;
  return {
    Title: title,
    FieldTypeKind: kind,
    Required: flag("Required"),
    Indexed: flag("Indexed"),
    EnforceUniqueValues: flag("EnforceUniqueValues"),
    Hidden: flag("Hidden"),
    MaxLength: typeof body.MaxLength === "number" ? body.MaxLength : undefined,
    Choices: choicesOf(body.Choices),
    LookupListId: text("LookupListId")?.replace(/[{}]/g, ""),
    LookupFieldName: text("LookupFieldName"),
    AllowMultipleValues: flag("AllowMultipleValues"),
    Description: text("Description"),
    DefaultValue: text("DefaultValue"),
    Group: text("Group"),
  };
}

function createField(ctx: RequestContext, list: ListRow, body: Record<string, unknown>): ApiResponse {
  requirePermission(ctx, list.ScopeId, Permission.ManageLists);
  const spec = newFieldFrom(body);
  const field = ctx.site.store.transaction(() =>
    ctx.site.fields.add(list.Num, itemTable(list), spec, (id) => ctx.site.lists.byGuid(id) !== undefined),
  );
  return ctx.entity(fieldEntity(ctx, list, field), "SP.ApiData.Fields", 201);
}

/** `fields` POST (SP.Field… in verbose, as PnPjs's addText/addNumber/… send it). */
export function addField(ctx: RequestContext, list: ListRow): ApiResponse {
  return createField(ctx, list, ctx.body());
}

/** `fields/AddField` with `{"parameters": {…}}` (PnPjs's addLookup). */
export function addFieldWithParameters(ctx: RequestContext, list: ListRow): ApiResponse {
  const parameters = ctx.body().parameters;
  if (typeof parameters !== "object" || parameters === null) {
    throw new SpError(
      400,
      "-1, System.ArgumentNullException",
      "Value cannot be null.\r\nParameter name: parameters",
    );
  }
  const response = createField(ctx, list, parameters as Record<string, unknown>);
  return { ...response, status: 200 };
}

export function updateField(ctx: RequestContext, list: ListRow, field: FieldRow): ApiResponse {
  requirePermission(ctx, list.ScopeId, Permission.ManageLists);
  ctx.site.store.transaction(() => ctx.site.fields.update(field, itemTable(list), ctx.body()));
  return ctx.noContent();
}

export function deleteField(ctx: RequestContext, list: ListRow, field: FieldRow): ApiResponse {
  requirePermission(ctx, list.ScopeId, Permission.ManageLists);
  ctx.site.store.transaction(() => ctx.site.fields.delete(field, itemTable(list)));
  return { status: 200, headers: {}, body: "" };
}
