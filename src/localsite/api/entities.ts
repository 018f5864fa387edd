import type { Entity } from "../http/entity";
import { typeOf, type FieldRow } from "../storage/fields";
import type { ListRow } from "../storage/lists";
import type { PrincipalRow } from "../storage/principals";
import type { RequestContext } from "./context";

export interface RoleDefinitionRow {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  Order: number;
  Description: string;
  Low: number;
  High: number;
  Hidden: number;
}

const bool = (value: number): boolean => value === 1;

export function webEntity(ctx: RequestContext): Entity {
  const site = ctx.site;
  return {
    type: "SP.Web",
    id: `${ctx.apiUrl}/Web`,
    editLink: "Web",
    props: {
      AllowRssFeeds: true,
      Created: site.created,
      Description: "",
      Id: site.webId,
      Language: 1053,
      LastItemModifiedDate: site.created,
      ServerRelativeUrl: site.settings.sitePath,
      Title: site.title,
      Url: ctx.webUrl,
      WebTemplate: "STS",
    },
  };
}

export function listEditLink(list: ListRow): string {
  return `Web/Lists(guid'${list.Id}')`;
}

export function listEntity(ctx: RequestContext, list: ListRow): Entity {
  return {
    type: "SP.List",
    id: `${ctx.apiUrl}/${listEditLink(list)}`,
    editLink: listEditLink(list),
    props: {
      AllowContentTypes: true,
      BaseTemplate: list.BaseTemplate,
      BaseType: list.BaseType,
      ContentTypesEnabled: bool(list.ContentTypesEnabled),
      Created: list.Created,
      Description: list.Description,
      EnableFolderCreation: bool(list.EnableFolderCreation),
      EntityTypeName: list.EntityTypeName,
      HasUniqueRoleAssignments: bool(list.HasUniqueRoleAssignments),
      Hidden: bool(list.Hidden),
      Id: list.Id,
      ItemCount: list.ItemCount,
      LastItemModifiedDate: list.LastItemModifiedDate,
      ListItemEntityTypeFullName: `SP.Data.${list.EntityTypeName}Item`,
      ParentWebUrl: ctx.site.settings.sitePath,
      Title: list.Title,
    },
  };
}

export function fieldEntity(ctx: RequestContext, list: ListRow, field: FieldRow): Entity {
  const editLink = `${listEditLink(list)}/Fields(guid'${field.Id}')`;
  const props: Record<string, unknown> = {
    CanBeDeleted: bool(field.CanBeDeleted),
    DefaultValue: field.DefaultValue,
    Description: field.Description,
    EnforceUniqueValues: bool(field.EnforceUniqueValues),
    EntityPropertyName: field.EntityPropertyName,
    FieldTypeKind: field.FieldTypeKind,
    FromBaseType: bool(field.FromBaseType),
    Group: field.Group,
    Hidden: bool(field.Hidden),
    Id: field.Id,
    Indexed: bool(field.Indexed),
    InternalName: field.InternalName,
    ReadOnlyField: bool(field.ReadOnlyField),
    Required: bool(field.Required),
    Sealed: bool(field.Sealed),
    StaticName: field.StaticName,
    Title: field.Title,
    TypeAsString: field.TypeAsString,
    TypeDisplayName: field.TypeAsString,
  };
  if (field.MaxLength !== null) props.MaxLength = field.MaxLength;
  if (field.Choices !== null) props.Choices = JSON.parse(field.Choices) as unknown;
  if (field.LookupList !== null) {
    props.LookupList = field.LookupList === "{UserInfo}" ? "{UserInfo}" : `{${field.LookupList}}`;
    props.LookupField = field.LookupField;
    props.AllowMultipleValues = bool(field.AllowMultipleValues);
  }
  return { type: typeOf(field).odataType, id: `${ctx.apiUrl}/${editLink}`, editLink, props };
}

export function userEntity(ctx: RequestContext, user: PrincipalRow): Entity {
  const editLink = `Web/GetUserById(${user.Id})`;
  return {
    type: "SP.User",
    id: `${ctx.apiUrl}/${editLink}`,
    editLink,
    props: {
      Id: user.Id,
      IsHiddenInUI: false,
      LoginName: user.LoginName,
      Title: user.Title,
      PrincipalType: 1,
      Email: user.Email ?? "",
      Expiration: "",
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: bool(user.IsSiteAdmin),
      UserId: { NameId: user.UserPrincipalName ?? "", NameIdIssuer: "urn:federation:microsoftonline" },
      UserPrincipalName: user.UserPrincipalName,
    },
  };
}

export function groupEntity(ctx: RequestContext, group: PrincipalRow, ownerTitle: string): Entity {
  const editLink = `Web/SiteGroups/GetById(${group.Id})`;
  return {
    type: "SP.Group",
    id: `${ctx.apiUrl}/${editLink}`,
    editLink,
    props: {
      Id: group.Id,
      IsHiddenInUI: false,
      LoginName: group.LoginName,
      Title: group.Title,
      PrincipalType: 8,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.Description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: ownerTitle,
    },
  };
}

export function principalEntity(ctx: RequestContext, principal: PrincipalRow): Entity {
  if (principal.PrincipalType === 8) {
    const owner = principal.OwnerId === null ? undefined : ctx.site.principals.byId(principal.OwnerId);
    return groupEntity(ctx, principal, owner?.Title ?? "");
  }
  return userEntity(ctx, principal);
}

export function roleDefinitionEntity(ctx: RequestContext, role: RoleDefinitionRow): Entity {
  const editLink = `Web/RoleDefinitions(${role.Id})`;
  return {
    type: "SP.RoleDefinition",
    id: `${ctx.apiUrl}/${editLink}`,
    editLink,
    props: {
      BasePermissions: { High: String(role.High), Low: String(role.Low) },
      Description: role.Description,
      Hidden: bool(role.Hidden),
      Id: role.Id,
      Name: role.Name,
      Order: role.Order,
      RoleTypeKind: role.RoleTypeKind,
    },
  };
}
