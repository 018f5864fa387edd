import type { Entity } from "../http/entity";
import { SpError } from "../http/errors";
import { FieldKind } from "../storage/field-types";
import { isLookupLike, type FieldRow } from "../storage/fields";
import { jsonValueOf } from "../storage/item-values";
import type { ItemRow } from "../storage/items";
import { itemTable, type ListRow } from "../storage/lists";
import type { PrincipalRow } from "../storage/principals";
import type { ItemColumns } from "../query/item-columns";
import type { RequestContext } from "./context";
import { visibleScopes } from "./visibility";

const ITEM_CONTENT_TYPE = "0x0100B1A0C4F5E6D74B4C8E2F1A3B5C7D9E01";
const FOLDER_CONTENT_TYPE = "0x0120007F3C2B1A0E9D4C5B8A7F6E5D4C3B2A10";

type Getter = (row: ItemRow) => unknown;

/** Which stored columns each system property reads. */
const SYSTEM_COLUMNS: Record<string, string[]> = {
  filesystemobjecttype: ["FSObjType"],
  fsobjtype: ["FSObjType"],
  contenttypeid: ["FSObjType"],
  fileref: ["FileDirRef", "FileLeafRef"],
  filedirref: ["FileDirRef"],
  fileleafref: ["FileLeafRef"],
  guid: ["GUID"],
  hasuniqueroleassignments: ["_own_scope"],
  created: ["Created"],
  modified: ["Modified"],
  title: ["Title"],
};

function invalidSelect(message: string): SpError {
  return new SpError(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", message);
}

export function itemEntityType(list: ListRow): string {
  return `SP.Data.${list.EntityTypeName}Item`;
}

export function itemEditLink(list: ListRow, id: number): string {
  return `Web/Lists(guid'${list.Id}')/Items(${id})`;
}

export function itemEtag(row: ItemRow): string {
  return `"${row._version}"`;
}

/** Turns item rows into entities for one $select/$expand, loading expanded lookups and people in bulk. */
export class ItemShaper {
  private readonly getters: [string, Getter][] = [];
  private readonly expansions = new Map<string, { field: FieldRow; props: string[] }>();
  private readonly loaded = new Map<string, Map<number, Entity>>();
  /** The stored columns the shaping reads; undefined = all (the default projection). */
  private needed: Set<string> | undefined = new Set(["ID", "_version"]);

  constructor(
    private readonly ctx: RequestContext,
    private readonly columns: ItemColumns,
    select: readonly string[] | undefined,
    expand: readonly string[] | undefined,
  ) {
    for (const name of expand ?? []) {
      const [head, ...rest] = name.split("/");
      const field = head === undefined ? undefined : columns.field(head);
      if (field === undefined || !isLookupLike(field) || rest.length > 0) {
        throw invalidSelect(`The field or property '${name}' does not exist.`);
      }
      this.expansions.set(field.InternalName.toLowerCase(), { field, props: [] });
    }
    const paths = select === undefined || select.length === 0 ? ["*"] : select;
    for (const path of paths) this.plan(path);
    for (const expansion of this.expansions.values()) {
      if (expansion.props.length === 0) expansion.props.push("Id", "Title");
    }
  }

  /** Column names a query must fetch for this shape, or undefined for every column. */
  get columnsNeeded(): string[] | undefined {
    return this.needed === undefined ? undefined : [...this.needed];
  }

  private need(...columns: string[]): void {
    for (const column of columns) this.needed?.add(column);
  }

  private add(key: string, getter: Getter): void {
    if (!this.getters.some(([existing]) => existing === key)) this.getters.push([key, getter]);
  }

  private plan(path: string): void {
    if (path === "*") {
      this.needed = undefined;
      return this.planDefaults();
    }
    const [head = "", prop] = path.split("/");
    const lower = head.toLowerCase();
    if (prop !== undefined) {
      const expansion =
        this.expansions.get(lower) ??
        this.expansions.get(this.columns.field(head)?.InternalName.toLowerCase() ?? "");
      if (expansion === undefined) {
        throw invalidSelect(
          `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
        );
      }
      if (prop !== "*") expansion.props.push(prop);
      this.need(expansion.field.ColumnName);
      this.add(expansion.field.InternalName, (row) => this.expanded(expansion.field, row));
      return;
    }
    const system = this.systemGetter(lower);
    if (system !== undefined) {
      this.need(...(SYSTEM_COLUMNS[lower] ?? []));
      return this.add(head === "Id" || head === "ID" ? head : system[0], system[1]);
    }
    const byId = this.columns.lookupByIdName(head);
    if (byId !== undefined) {
      this.need(byId.ColumnName);
      return this.add(byId.ColumnName, (row) => jsonValueOf(byId, row[byId.ColumnName]));
    }
    if (lower.endsWith("stringid")) {
      const person = this.columns.field(head.slice(0, -"StringId".length));
      if (person?.FieldTypeKind === FieldKind.User) {
        this.need(person.ColumnName);
        return this.add(`${person.InternalName}StringId`, (row) => stringIds(person, row));
      }
    }
    const field = this.columns.field(head);
    if (field === undefined) throw invalidSelect(`The field or property '${head}' does not exist.`);
    this.need(field.ColumnName);
    if (isLookupLike(field)) {
      const expansion = this.expansions.get(field.InternalName.toLowerCase());
      if (expansion === undefined) {
        throw invalidSelect(
          `The query to field '${field.InternalName}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field.InternalName}.`,
        );
      }
      return this.add(field.InternalName, (row) => this.expanded(field, row));
    }
    this.add(field.EntityPropertyName, (row) => jsonValueOf(field, row[field.ColumnName]));
  }

  private systemGetter(lower: string): [string, Getter] | undefined {
    switch (lower) {
      case "id":
        return ["Id", (row) => row.ID];
      case "filesystemobjecttype":
        return ["FileSystemObjectType", (row) => row.FSObjType];
      case "fsobjtype":
        return ["FSObjType", (row) => String(row.FSObjType)];
      case "contenttypeid":
        return ["ContentTypeId", (row) => (row.FSObjType === 1 ? FOLDER_CONTENT_TYPE : ITEM_CONTENT_TYPE)];
      case "fileref":
        return ["FileRef", (row) => `${row.FileDirRef}/${row.FileLeafRef}`];
      case "filedirref":
        return ["FileDirRef", (row) => row.FileDirRef];
      case "fileleafref":
        return ["FileLeafRef", (row) => row.FileLeafRef];
      case "odata__uiversionstring":
        return ["OData__UIVersionString", (row) => `${row._version}.0`];
      case "attachments":
        return ["Attachments", () => false];
      case "guid":
        return ["GUID", (row) => row.GUID];
      case "hasuniqueroleassignments":
        return ["HasUniqueRoleAssignments", (row) => row._own_scope !== null];
      case "created":
        return ["Created", (row) => row.Created];
      case "modified":
        return ["Modified", (row) => row.Modified];
      case "title":
        return ["Title", (row) => row.Title ?? null];
      default:
        return undefined;
    }
  }

  private planDefaults(): void {
    const system = (name: string): void => {
      const getter = this.systemGetter(name.toLowerCase());
      if (getter !== undefined) this.add(name, getter[1]);
    };
    system("FileSystemObjectType");
    system("Id");
    this.add("ServerRedirectedEmbedUri", () => null);
    this.add("ServerRedirectedEmbedUrl", () => "");
    system("ContentTypeId");
    system("Title");
    for (const field of this.columns.fields) {
      if (field.FromBaseType === 1 || field.Hidden === 1) continue;
      if (isLookupLike(field)) {
        const expansion = this.expansions.get(field.InternalName.toLowerCase());
        if (expansion !== undefined) this.add(field.InternalName, (row) => this.expanded(field, row));
        this.add(field.ColumnName, (row) => jsonValueOf(field, row[field.ColumnName]));
        if (field.FieldTypeKind === FieldKind.User)
          this.add(`${field.InternalName}StringId`, (row) => stringIds(field, row));
      } else this.add(field.EntityPropertyName, (row) => jsonValueOf(field, row[field.ColumnName]));
    }
    this.add("ID", (row) => row.ID);
    system("Modified");
    system("Created");
    for (const name of ["Author", "Editor"]) {
      const field = this.columns.field(name);
      if (field === undefined) continue;
      if (this.expansions.has(name.toLowerCase())) this.add(name, (row) => this.expanded(field, row));
      this.add(`${name}Id`, (row) => row[`${name}Id`] ?? null);
      this.add(`${name}StringId`, (row) => stringIds(field, row));
    }
    system("OData__UIVersionString");
    system("Attachments");
    system("GUID");
  }

  private expanded(field: FieldRow, row: ItemRow): unknown {
    const stored = jsonValueOf(field, row[field.ColumnName]);
    const entities = this.loaded.get(field.InternalName.toLowerCase());
    const find = (id: unknown): Entity | null =>
      typeof id === "number" ? (entities?.get(id) ?? null) : null;
    if (Array.isArray(stored)) return stored.map(find).filter((entity) => entity !== null);
    return find(stored);
  }

  shape(list: ListRow, rows: readonly ItemRow[]): Entity[] {
    for (const [key, expansion] of this.expansions)
      this.loaded.set(key, this.load(expansion.field, expansion.props, rows));
    const type = itemEntityType(list);
    return rows.map((row) => {
      const props: Record<string, unknown> = {};
      for (const [key, getter] of this.getters) props[key] = getter(row);
      const editLink = itemEditLink(list, row.ID);
      return { type, id: `${this.ctx.apiUrl}/${editLink}`, editLink, etag: itemEtag(row), props };
    });
  }

  private load(field: FieldRow, props: readonly string[], rows: readonly ItemRow[]): Map<number, Entity> {
    const ids = new Set<number>();
    for (const row of rows) {
      const stored = jsonValueOf(field, row[field.ColumnName]);
      for (const id of Array.isArray(stored) ? stored : [stored]) if (typeof id === "number") ids.add(id);
    }
    const out = new Map<number, Entity>();
    if (ids.size === 0) return out;
    const store = this.ctx.site.store;
    if (field.FieldTypeKind === FieldKind.User) {
      const users = store.all<PrincipalRow>(
        "SELECT * FROM principals WHERE Id IN (SELECT value FROM json_each(?))",
        JSON.stringify([...ids]),
      );
      for (const user of users) out.set(user.Id, this.userEntity(user, props));
      return out;
    }
    const target = field.LookupList === null ? undefined : this.ctx.site.lists.byGuid(field.LookupList);
    if (target === undefined) return out;
    const targetFields = this.ctx.site.fields.forList(target.Num);
    const targetRows = store.all<ItemRow>(
      `SELECT * FROM ${itemTable(target)} WHERE ID IN (SELECT value FROM json_each(?))`,
      JSON.stringify([...ids]),
    );
    // Trimmed like any read: an item the caller may not read is not there (the lookup comes back null, a
    // multi-value lookup without it), whatever ids someone put in the lookup column.
    const visible = visibleScopes(this.ctx, target);
    const readable = visible === null ? undefined : new Set(visible);
    for (const targetRow of targetRows) {
      if (readable !== undefined && !readable.has(targetRow._scope)) continue;
      const values: Record<string, unknown> = {};
      for (const prop of props) {
        const lower = prop.toLowerCase();
        if (lower === "id") values[prop] = targetRow.ID;
        else {
          const targetField = targetFields.find(
            (candidate) =>
              candidate.InternalName.toLowerCase() === lower ||
              candidate.EntityPropertyName.toLowerCase() === lower,
          );
          values[prop] =
            targetField === undefined ? null : jsonValueOf(targetField, targetRow[targetField.ColumnName]);
        }
      }
      const editLink = itemEditLink(target, targetRow.ID);
      out.set(targetRow.ID, {
        type: itemEntityType(target),
        id: `${this.ctx.apiUrl}/${editLink}`,
        editLink,
        props: values,
      });
    }
    return out;
  }

  private userEntity(user: PrincipalRow, props: readonly string[]): Entity {
    const known: Record<string, unknown> = {
      id: user.Id,
      title: user.Title,
      email: user.Email,
      name: user.LoginName,
      username: user.UserPrincipalName,
      userprincipalname: user.UserPrincipalName,
      jobtitle: null,
      department: null,
    };
    const values: Record<string, unknown> = {};
    for (const prop of props) values[prop] = known[prop.toLowerCase()] ?? null;
    const editLink = `Web/SiteUserInfoList/Items(${user.Id})`;
    return { type: "SP.Data.UserInfoItem", id: `${this.ctx.apiUrl}/${editLink}`, editLink, props: values };
  }
}

function stringIds(field: FieldRow, row: ItemRow): unknown {
  const value = jsonValueOf(field, row[field.ColumnName]);
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "number" ? String(value) : null;
}
