import { SpError, listNotFound } from "../http/errors";
import { firstArg, type Segment } from "../http/path";
import type { ItemRow } from "../storage/items";
import type { ListRow } from "../storage/lists";
import type { RequestContext } from "./context";
import type { RoleDefinitionRow } from "./entities";
import { folderAt, folderUrl, serverRelative } from "./folder-paths";
import type { Resource } from "./resource";
import type { Securable } from "./securables";
import { canSeeList } from "./visibility";
import { Permission } from "../security/permissions";

function notFound(segment: string): SpError {
  return new SpError(
    404,
    "-1, Microsoft.SharePoint.Client.ResourceNotFoundException",
    `Cannot find resource for the request ${segment}.`,
  );
}

function itemNotFound(): SpError {
  return new SpError(
    404,
    "-2130575338, System.ArgumentException",
    "Item does not exist. It may have been deleted by another user.",
  );
}

function userNotFound(): SpError {
  return new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", "User cannot be found.");
}

function groupNotFound(): SpError {
  return new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", "Group cannot be found.");
}

function fieldNotFound(name: string): SpError {
  return new SpError(
    404,
    "-2147024809, System.ArgumentException",
    `Column '${name}' does not exist. It may have been deleted by another user.`,
  );
}

const CALLS: Record<string, readonly string[]> = {
  web: ["ensureuser", "breakroleinheritance", "resetroleinheritance", "getusereffectivepermissions"],
  list: [
    "breakroleinheritance",
    "resetroleinheritance",
    "getusereffectivepermissions",
    "addvalidateupdateitemusingpath",
    "recycle",
  ],
  item: [
    "breakroleinheritance",
    "resetroleinheritance",
    "getusereffectivepermissions",
    "recycle",
    "validateupdatelistitem",
  ],
  fields: ["addfield", "createfieldasxml"],
  field: ["setshowindisplayform", "setshowineditform", "setshowinnewform"],
  groups: ["removebyid", "removebyloginname"],
  groupUsers: ["removebyid", "removebyloginname"],
  users: ["removebyid", "removebyloginname"],
  roleAssignments: ["addroleassignment", "removeroleassignment"],
  folders: ["addusingpath"],
  webFolders: ["addusingpath"],
  folder: ["addsubfolderusingpath", "recycle"],
  folderItem: ["breakroleinheritance", "resetroleinheritance"],
};

function numberArg(segment: Segment): number {
  const value = Number(firstArg(segment));
  if (!Number.isFinite(value)) throw notFound(segment.name);
  return value;
}

function securableOf(resource: Resource): Securable | undefined {
  if (resource.kind === "web") return { kind: "web" };
  if (resource.kind === "list") return { kind: "list", list: resource.list };
  if (resource.kind === "item") return { kind: "item", list: resource.list, item: resource.item };
  if (resource.kind === "folderItem" && resource.folder !== null)
    return { kind: "item", list: resource.list, item: resource.folder };
  return undefined;
}

export function resolveResource(ctx: RequestContext, segments: readonly Segment[]): Resource {
  let resource: Resource = { kind: "web" };
  const [first, ...rest] = segments;
  if (first === undefined || first.name.toLowerCase() !== "web") throw notFound(first?.name ?? "");
  for (const segment of rest) {
    if (resource.kind === "call") throw notFound(segment.name);
    resource = step(ctx, resource, segment);
  }
  return resource;
}

function visibleList(ctx: RequestContext, list: ListRow | undefined, title: string): ListRow {
  if (list === undefined || !canSeeList(ctx, list)) throw listNotFound(title, ctx.webUrl);
  return list;
}

function step(ctx: RequestContext, resource: Resource, segment: Segment): Resource {
  const name = segment.name.toLowerCase();
  const site = ctx.site;
  if ((CALLS[resource.kind] ?? []).includes(name)) {
    return {
      kind: "call",
      name,
      args: segment.args ?? { positional: [], named: new Map() },
      target: resource,
    };
  }
  const securable = securableOf(resource);
  if (securable !== undefined) {
    if (name === "roleassignments" && segment.args === undefined)
      return { kind: "roleAssignments", securable };
    if (name === "roleassignments")
      return { kind: "roleAssignment", securable, principalId: numberArg(segment) };
    if (name === "effectivebasepermissions") return { kind: "effectivePermissions", securable };
  }
  switch (resource.kind) {
    case "web":
      if (name === "lists") {
        if (segment.args === undefined) return { kind: "lists" };
        const id = firstArg(segment) ?? "";
        return { kind: "list", list: visibleList(ctx, site.lists.byGuid(id), id) };
      }
      if (name === "currentuser") return { kind: "user", user: ctx.caller.user };
      if (name === "siteusers" && segment.args === undefined) return { kind: "users" };
      if (name === "getuserbyid") {
        const user = site.principals.byId(numberArg(segment));
        if (user === undefined || user.PrincipalType !== 1) throw userNotFound();
        return { kind: "user", user };
      }
      if (name === "sitegroups") {
        if (segment.args === undefined) return { kind: "groups" };
        const group = site.principals.groupById(numberArg(segment));
        if (group === undefined) throw groupNotFound();
        return { kind: "group", group };
      }
      if (
        name === "associatedownergroup" ||
        name === "associatedmembergroup" ||
        name === "associatedvisitorgroup"
      ) {
        const suffix =
          name === "associatedownergroup"
            ? "Owners"
            : name === "associatedmembergroup"
              ? "Members"
              : "Visitors";
        const group = site.principals.groupByName(`${site.title} ${suffix}`);
        if (group === undefined) throw groupNotFound();
        return { kind: "group", group };
      }
      if (name === "roledefinitions") {
        if (segment.args === undefined) return { kind: "roleDefinitions" };
        return { kind: "roleDefinition", role: roleById(ctx, numberArg(segment)) };
      }
      if (name === "getfolderbyserverrelativepath" || name === "getfolderbyserverrelativeurl") {
        const url = serverRelative(ctx, firstArg(segment) ?? "");
        return readableFolder(ctx, folderAt(ctx, url));
      }
      if (name === "folders" && segment.args === undefined) return { kind: "webFolders" };
      break;
    case "lists":
      if (name === "getbytitle") {
        const title = firstArg(segment) ?? "";
        return { kind: "list", list: visibleList(ctx, site.lists.byTitle(title), title) };
      }
      if (name === "getbyid") {
        const id = firstArg(segment) ?? "";
        return { kind: "list", list: visibleList(ctx, site.lists.byGuid(id), id) };
      }
      break;
    case "list":
      if (name === "items") {
        if (segment.args === undefined) return { kind: "items", list: resource.list };
        return itemOf(ctx, resource.list, numberArg(segment));
      }
      if (name === "getitembyid") return itemOf(ctx, resource.list, numberArg(segment));
      if (name === "fields" && segment.args === undefined) return { kind: "fields", list: resource.list };
      if (name === "fields") return fieldOf(ctx, resource.list, "id", firstArg(segment) ?? "");
      if (name === "rootfolder") return { kind: "folder", list: resource.list, folder: null };
      break;
    case "items":
      if (name === "getbyid") return itemOf(ctx, resource.list, numberArg(segment));
      break;
    case "item":
      if (name === "folder" && resource.item.FSObjType === 1)
        return { kind: "folder", list: resource.list, folder: resource.item };
      break;
    case "fields":
      if (name === "getbyinternalnameortitle")
        return fieldOf(ctx, resource.list, "name", firstArg(segment) ?? "");
      if (name === "getbytitle") return fieldOf(ctx, resource.list, "title", firstArg(segment) ?? "");
      if (name === "getbyid") return fieldOf(ctx, resource.list, "id", firstArg(segment) ?? "");
      break;
    case "users":
      if (name === "getbyid") {
        const user = site.principals.byId(numberArg(segment));
        if (user === undefined || user.PrincipalType !== 1) throw userNotFound();
        return { kind: "user", user };
      }
      if (name === "getbyemail") {
        const user = site.principals.userByEmail(firstArg(segment) ?? "");
        if (user === undefined) throw userNotFound();
        return { kind: "user", user };
      }
      break;
    case "user":
      if (name === "groups") return { kind: "userGroups", user: resource.user };
      break;
    case "groups":
      if (name === "getbyid") {
        const group = site.principals.groupById(numberArg(segment));
        if (group === undefined) throw groupNotFound();
        return { kind: "group", group };
      }
      if (name === "getbyname") {
        const group = site.principals.groupByName(firstArg(segment) ?? "");
        if (group === undefined) throw groupNotFound();
        return { kind: "group", group };
      }
      break;
    case "group":
      if (name === "users") return { kind: "groupUsers", group: resource.group };
      break;
    case "groupUsers":
      if (name === "getbyid") {
        const user = site.principals
          .members(resource.group.Id)
          .find((member) => member.Id === numberArg(segment));
        if (user === undefined) throw userNotFound();
        return { kind: "groupUser", group: resource.group, user };
      }
      break;
    case "roleDefinitions":
      if (name === "getbyid") return { kind: "roleDefinition", role: roleById(ctx, numberArg(segment)) };
      if (name === "getbyname" || name === "getbytype") {
        const value = firstArg(segment) ?? "";
        const role =
          name === "getbyname"
            ? site.store.get<RoleDefinitionRow>("SELECT * FROM role_definitions WHERE Name = ?", value)
            : site.store.get<RoleDefinitionRow>(
                "SELECT * FROM role_definitions WHERE RoleTypeKind = ?",
                Number(value),
              );
        if (role === undefined)
          throw new SpError(
            404,
            "-2146232832, Microsoft.SharePoint.SPException",
            "Permission level cannot be found.",
          );
        return { kind: "roleDefinition", role };
      }
      break;
    case "roleAssignments":
      if (name === "getbyprincipalid" && segment.args !== undefined)
        return { kind: "roleAssignment", securable: resource.securable, principalId: numberArg(segment) };
      break;
    case "roleAssignment":
      if (name === "member")
        return {
          kind: "roleAssignmentMember",
          securable: resource.securable,
          principalId: resource.principalId,
        };
      if (name === "roledefinitionbindings")
        return {
          kind: "roleAssignmentBindings",
          securable: resource.securable,
          principalId: resource.principalId,
        };
      break;
    case "folder":
      if (name === "folders" && segment.args === undefined)
        return { kind: "folders", list: resource.list, parent: resource.folder };
      if (name === "folders")
        return childFolder(ctx, resource.list, resource.folder, firstArg(segment) ?? "");
      if (name === "listitemallfields")
        return { kind: "folderItem", list: resource.list, folder: resource.folder };
      break;
    case "folders":
      if (name === "getbyurl")
        return childFolder(ctx, resource.list, resource.parent, firstArg(segment) ?? "");
      break;
    case "folderItem":
      if (name === "roleassignments" && resource.folder !== null)
        return {
          kind: "roleAssignments",
          securable: { kind: "item", list: resource.list, item: resource.folder },
        };
      break;
    default:
      break;
  }
  throw notFound(segment.name);
}

function childFolder(ctx: RequestContext, list: ListRow, parent: ItemRow | null, leaf: string): Resource {
  const url = leaf.startsWith("/") ? leaf : `${folderUrl(list, parent)}/${leaf}`;
  return readableFolder(ctx, folderAt(ctx, url));
}

/**
 * A folder reached by its URL, if the caller may read it. One it may not read answers 404 "File Not Found."
 * exactly as a folder that does not exist — as an unreadable item answers "Item does not exist" — so nothing
 * under it (its list item, folders, role assignments) tells it is there.
 */
function readableFolder(
  ctx: RequestContext,
  found: { list: ListRow; folder: ItemRow | null } | undefined,
): Resource {
  const readable =
    found !== undefined &&
    canSeeList(ctx, found.list) &&
    (found.folder === null || ctx.caller.can(found.folder._scope, Permission.ViewListItems));
  if (!readable) throw new SpError(404, "-2147024894, System.IO.FileNotFoundException", "File Not Found.");
  return { kind: "folder", list: found.list, folder: found.folder };
}

function itemOf(ctx: RequestContext, list: ListRow, id: number): Resource {
  const item = ctx.site.items.byId(list, id);
  if (item === undefined || !ctx.caller.can(item._scope, Permission.ViewListItems)) throw itemNotFound();
  return { kind: "item", list, item };
}

function fieldOf(ctx: RequestContext, list: ListRow, by: "id" | "name" | "title", value: string): Resource {
  const fields = ctx.site.fields;
  const field =
    by === "id"
      ? fields.byId(list.Num, value)
      : by === "title"
        ? fields.byTitle(list.Num, value)
        : fields.byInternalNameOrTitle(list.Num, value);
  if (field === undefined) throw fieldNotFound(value);
  return { kind: "field", list, field };
}

function roleById(ctx: RequestContext, id: number): RoleDefinitionRow {
  const role = ctx.site.store.get<RoleDefinitionRow>("SELECT * FROM role_definitions WHERE Id = ?", id);
  if (role === undefined)
    throw new SpError(
      404,
      "-2146232832, Microsoft.SharePoint.SPException",
      "Permission level cannot be found.",
    );
  return role;
}
