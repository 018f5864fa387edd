import { SpError } from "../http/errors";
import type { ApiResponse, RequestContext } from "./context";
import { folderUrl } from "./folder-paths";
import {
  addFolderUsingPath,
  addSubFolder,
  deleteFolder,
  folderListItem,
  getFolder,
  listFolders,
  webFolderBase,
} from "./handlers/folders";
import { addItem, deleteItem, itemResponse, listItems, updateItem } from "./handlers/items";
import {
  addField,
  addFieldWithParameters,
  addList,
  deleteField,
  deleteList,
  getField,
  getList,
  listFields,
  listLists,
  updateField,
  updateList,
} from "./handlers/lists";
import {
  addRoleAssignment,
  breakRoleInheritance,
  deleteRoleAssignment,
  effectivePermissions,
  getRoleAssignment,
  getRoleAssignmentBindings,
  getRoleAssignmentMember,
  listRoleAssignments,
  removeRoleAssignment,
  resetRoleInheritance,
  userEffectivePermissions,
} from "./handlers/security";
import {
  addGroup,
  addGroupMember,
  addSiteUser,
  deletePrincipal,
  ensureUser,
  getGroup,
  getRoleDefinition,
  getUser,
  getWeb,
  listGroups,
  listRoleDefinitions,
  listUsers,
  removeGroupMember,
  updateGroup,
  updateUser,
  updateWeb,
} from "./handlers/web";
import { addValidateUpdateItem, validateUpdateItem } from "./handlers/form-items";
import type { Resource } from "./resource";
import type { Securable } from "./securables";

function methodNotAllowed(ctx: RequestContext): SpError {
  return new SpError(
    405,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `The HTTP method '${ctx.method}' cannot be used for this resource.`,
  );
}

function securableOfTarget(resource: Resource): Securable | undefined {
  switch (resource.kind) {
    case "web":
      return { kind: "web" };
    case "list":
      return { kind: "list", list: resource.list };
    case "item":
      return { kind: "item", list: resource.list, item: resource.item };
    case "folderItem":
      return resource.folder === null
        ? undefined
        : { kind: "item", list: resource.list, item: resource.folder };
    default:
      return undefined;
  }
}

function dispatchCall(ctx: RequestContext, call: Extract<Resource, { kind: "call" }>): ApiResponse {
  const target = call.target;
  const securable = securableOfTarget(target);
  if (securable !== undefined) {
    if (call.name === "breakroleinheritance") return breakRoleInheritance(ctx, securable, call.args);
    if (call.name === "resetroleinheritance") return resetRoleInheritance(ctx, securable);
    if (call.name === "getusereffectivepermissions")
      return userEffectivePermissions(ctx, securable, call.args);
  }
  switch (target.kind) {
    case "web":
      if (call.name === "ensureuser") return ensureUser(ctx);
      break;
    case "list":
      if (call.name === "addvalidateupdateitemusingpath") return addValidateUpdateItem(ctx, target.list);
      break;
    case "item":
      if (call.name === "validateupdatelistitem") return validateUpdateItem(ctx, target.list, target.item);
      if (call.name === "recycle") return deleteItem(ctx, target.list, target.item);
      break;
    case "fields":
      if (call.name === "addfield") return addFieldWithParameters(ctx, target.list);
      break;
    case "field":
      return ctx.noContent();
    case "roleAssignments":
      if (call.name === "addroleassignment") return addRoleAssignment(ctx, target.securable, call.args);
      if (call.name === "removeroleassignment") return removeRoleAssignment(ctx, target.securable, call.args);
      break;
    case "folders":
      if (call.name === "addusingpath")
        return addFolderUsingPath(
          ctx,
          folderUrl(target.list, target.parent),
          call.args.named.get("decodedurl") ?? call.args.positional[0] ?? "",
        );
      break;
    case "webFolders":
      if (call.name === "addusingpath")
        return addFolderUsingPath(
          ctx,
          webFolderBase(ctx),
          call.args.named.get("decodedurl") ?? call.args.positional[0] ?? "",
        );
      break;
    case "folder":
      if (call.name === "addsubfolderusingpath") return addSubFolder(ctx, target.list, target.folder);
      if (call.name === "recycle") return deleteFolder(ctx, target.list, target.folder);
      break;
    case "groups":
    case "groupUsers":
    case "users": {
      const value = call.args.positional[0] ?? "";
      const principals = ctx.site.principals;
      const principal =
        call.name === "removebyid"
          ? principals.byId(Number(value))
          : (principals.userByLogin(value) ?? principals.groupByName(value));
      if (target.kind === "groupUsers") return removeGroupMember(ctx, target.group, principal);
      if (principal === undefined)
        throw new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", "User cannot be found.");
      return deletePrincipal(ctx, principal);
    }
    default:
      break;
  }
  throw new SpError(
    400,
    "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
    `The local site does not support '${call.name}' here.`,
  );
}

/** Runs the method of the request against the resource its path resolved to. */
export function dispatch(ctx: RequestContext, resource: Resource): ApiResponse {
  const method = ctx.method;
  const read = method === "GET";
  const post = method === "POST";
  const merge = method === "MERGE" || method === "PATCH" || method === "PUT";
  const remove = method === "DELETE";
  switch (resource.kind) {
    case "call":
      if (post || read) return dispatchCall(ctx, resource);
      break;
    case "web":
      if (read) return getWeb(ctx);
      if (merge) return updateWeb(ctx);
      break;
    case "lists":
      if (read) return listLists(ctx);
      if (post) return addList(ctx);
      break;
    case "list":
      if (read) return getList(ctx, resource.list);
      if (merge) return updateList(ctx, resource.list);
      if (remove) return deleteList(ctx, resource.list);
      break;
    case "items":
      if (read) return listItems(ctx, resource.list);
      if (post) return addItem(ctx, resource.list);
      break;
    case "item":
      if (read) return itemResponse(ctx, resource.list, resource.item);
      if (merge) return updateItem(ctx, resource.list, resource.item);
      if (remove) return deleteItem(ctx, resource.list, resource.item);
      break;
    case "fields":
      if (read) return listFields(ctx, resource.list);
      if (post) return addField(ctx, resource.list);
      break;
    case "field":
      if (read) return getField(ctx, resource.list, resource.field);
      if (merge) return updateField(ctx, resource.list, resource.field);
      if (remove) return deleteField(ctx, resource.list, resource.field);
      break;
    case "users":
      if (read) return listUsers(ctx);
      if (post) return addSiteUser(ctx);
      break;
    case "user":
      if (read) return getUser(ctx, resource.user);
      if (merge) return updateUser(ctx, resource.user);
      if (remove) return deletePrincipal(ctx, resource.user);
      break;
    case "userGroups":
      if (read) return listGroups(ctx, ctx.site.principals.groupsOf(resource.user.Id));
      break;
    case "groups":
      if (read) return listGroups(ctx);
      if (post) return addGroup(ctx);
      break;
    case "group":
      if (read) return getGroup(ctx, resource.group);
      if (merge) return updateGroup(ctx, resource.group);
      if (remove) return deletePrincipal(ctx, resource.group);
      break;
    case "groupUsers":
      if (read) return listUsers(ctx, ctx.site.principals.members(resource.group.Id));
      if (post) return addGroupMember(ctx, resource.group);
      break;
    case "groupUser":
      if (read) return getUser(ctx, resource.user);
      if (remove) return removeGroupMember(ctx, resource.group, resource.user);
      break;
    case "roleDefinitions":
      if (read) return listRoleDefinitions(ctx);
      break;
    case "roleDefinition":
      if (read) return getRoleDefinition(ctx, resource.role);
      break;
    case "roleAssignments":
      if (read) return listRoleAssignments(ctx, resource.securable);
      break;
    case "roleAssignment":
      if (read) return getRoleAssignment(ctx, resource.securable, resource.principalId);
      if (remove) return deleteRoleAssignment(ctx, resource.securable, resource.principalId);
      break;
    case "roleAssignmentMember":
      if (read) return getRoleAssignmentMember(ctx, resource.securable, resource.principalId);
      break;
    case "roleAssignmentBindings":
      if (read) return getRoleAssignmentBindings(ctx, resource.securable, resource.principalId);
      break;
    case "effectivePermissions":
      if (read) return effectivePermissions(ctx, resource.securable);
      break;
    case "folder":
      if (read) return getFolder(ctx, resource.list, resource.folder);
      if (remove) return deleteFolder(ctx, resource.list, resource.folder);
      if (merge) return ctx.noContent();
      break;
    case "folders":
      if (read) return listFolders(ctx, resource.list, resource.parent);
      break;
    case "webFolders":
      break;
    case "folderItem":
      if (read) return folderListItem(ctx, resource.list, resource.folder);
      if (merge && resource.folder !== null) return updateItem(ctx, resource.list, resource.folder);
      break;
  }
  throw methodNotAllowed(ctx);
}
