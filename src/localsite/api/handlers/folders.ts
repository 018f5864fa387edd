import type { Entity } from "../../http/entity";
import { selectProps } from "../../http/entity";
import { SpError } from "../../http/errors";
import { Permission } from "../../security/permissions";
import type { ItemRow } from "../../storage/items";
import type { ListRow } from "../../storage/lists";
import type { ApiResponse, RequestContext } from "../context";
import { folderAt, folderUrl, serverRelative } from "../folder-paths";
import { requirePermission } from "../securables";
import { visibleScopes } from "../visibility";
import { deleteItem, folderExists, itemResponse } from "./items";

function folderEntity(ctx: RequestContext, list: ListRow, folder: ItemRow | null): Entity {
  const url = folderUrl(list, folder);
  const editLink = `Web/GetFolderByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`;
  return {
    type: "SP.Folder",
    id: `${ctx.apiUrl}/${editLink}`,
    editLink,
    props: {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: ctx.site.items.folderCount(list, url),
      Name: folder === null ? url.slice(url.lastIndexOf("/") + 1) : folder.FileLeafRef,
      ProgID: null,
      ServerRelativeUrl: url,
      TimeCreated: folder?.Created ?? list.Created,
      TimeLastModified: folder?.Modified ?? list.LastItemModifiedDate,
      UniqueId: folder?.GUID ?? list.Id,
      WelcomePage: "",
    },
  };
}

export function getFolder(ctx: RequestContext, list: ListRow, folder: ItemRow | null): ApiResponse {
  return ctx.entity(selectProps(folderEntity(ctx, list, folder), parseSelect(ctx)), "SP.ApiData.Folders");
}

function parseSelect(ctx: RequestContext): string[] | undefined {
  const select = ctx.query.get("$select");
  return select === null ? undefined : select.split(",").map((part) => part.trim());
}

export function listFolders(ctx: RequestContext, list: ListRow, parent: ItemRow | null): ApiResponse {
  const visible = visibleScopes(ctx, list);
  const scopes = visible === null ? null : new Set(visible);
  const folders = ctx.site.items
    .foldersIn(list, folderUrl(list, parent))
    .filter((folder) => scopes === null || scopes.has(folder._scope));
  const select = parseSelect(ctx);
  return ctx.collection(
    folders.map((folder) => selectProps(folderEntity(ctx, list, folder), select)),
    "SP.ApiData.Folders",
  );
}

function createFolder(ctx: RequestContext, url: string): { list: ListRow; folder: ItemRow } {
  const slash = url.lastIndexOf("/");
  const parentUrl = url.slice(0, slash);
  const name = url.slice(slash + 1);
  const parent = folderAt(ctx, parentUrl);
  if (parent === undefined || name === "")
    throw new SpError(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");
  const { list } = parent;
  const dir = folderUrl(list, parent.folder);
  const scopeId = parent.folder === null ? list.ScopeId : parent.folder._scope;
  requirePermission(ctx, scopeId, Permission.AddListItems);
  if (ctx.site.items.folderByUrl(list, `${dir}/${name}`) !== undefined) throw folderExists(`${dir}/${name}`);
  const folder = ctx.site.store.transaction(() => {
    const created = ctx.site.items.insert(list, {
      values: new Map([["Title", name]]),
      authorId: ctx.caller.user.Id,
      dir,
      scopeId,
      folderName: name,
    });
    ctx.site.lists.countChanged(list, 1);
    return created;
  });
  return { list, folder };
}

/** `folders/addUsingPath(DecodedUrl='…')`: relative to the collection's folder, or server-relative. */
export function addFolderUsingPath(ctx: RequestContext, base: string, path: string): ApiResponse {
  const url =
    path.startsWith("/") || /^https?:/i.test(path)
      ? serverRelative(ctx, path)
      : `${base}/${path.replace(/\/+$/, "")}`;
  const { list, folder } = createFolder(ctx, url);
  return ctx.entity(folderEntity(ctx, list, folder), "SP.ApiData.Folders");
}

export function addSubFolder(ctx: RequestContext, list: ListRow, parent: ItemRow | null): ApiResponse {
  const leaf = ctx.body().leafPath;
  const name =
    typeof leaf === "object" && leaf !== null && "DecodedUrl" in leaf && typeof leaf.DecodedUrl === "string"
      ? leaf.DecodedUrl
      : "";
  createFolder(ctx, `${folderUrl(list, parent)}/${name}`);
  return { status: 200, headers: {}, body: "" };
}

export function folderListItem(ctx: RequestContext, list: ListRow, folder: ItemRow | null): ApiResponse {
  if (folder === null) return ctx.json(200, { "odata.null": true });
  return itemResponse(ctx, list, folder);
}

export function deleteFolder(ctx: RequestContext, list: ListRow, folder: ItemRow | null): ApiResponse {
  if (folder === null)
    throw new SpError(400, "-2147024809, System.ArgumentException", "The root folder cannot be deleted.");
  return deleteItem(ctx, list, folder);
}

export function webFolderBase(ctx: RequestContext): string {
  return ctx.site.settings.sitePath;
}
