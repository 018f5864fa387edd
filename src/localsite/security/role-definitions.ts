import { FULL_MASK, Permission, maskOf, type BasePermissions } from "./permissions";

export interface RoleDefinitionSeed {
  id: number;
  name: string;
  roleTypeKind: number;
  order: number;
  description: string;
  mask: BasePermissions;
  hidden: boolean;
}

const P = Permission;
const READ = [
  P.ViewListItems,
  P.OpenItems,
  P.ViewVersions,
  P.ViewFormPages,
  P.Open,
  P.ViewPages,
  P.BrowseUserInfo,
];
const READ_ALL = [...READ, P.UseClientIntegration, P.UseRemoteAPIs, P.CreateAlerts];
const CONTRIBUTE = [
  ...READ_ALL,
  P.AddListItems,
  P.EditListItems,
  P.DeleteListItems,
  P.DeleteVersions,
  P.ManagePersonalViews,
  P.BrowseDirectories,
  P.EditMyUserInfo,
];
const EDIT = [...CONTRIBUTE, P.ManageLists];
const DESIGN = [...EDIT, P.ApproveItems, P.AddAndCustomizePages];

/** SharePoint's built-in role definitions, with its ids and RoleTypeKind numbers. */
export const BUILT_IN_ROLES: readonly RoleDefinitionSeed[] = [
  {
    id: 1073741829,
    name: "Full Control",
    roleTypeKind: 5,
    order: 1,
    description: "Has full control.",
    mask: FULL_MASK,
    hidden: false,
  },
  {
    id: 1073741828,
    name: "Design",
    roleTypeKind: 4,
    order: 32,
    description: "Can view, add, update, delete, approve, and customize.",
    mask: maskOf(DESIGN),
    hidden: false,
  },
  {
    id: 1073741830,
    name: "Edit",
    roleTypeKind: 6,
    order: 48,
    description: "Can add, edit and delete lists; can view, add, update and delete list items and documents.",
    mask: maskOf(EDIT),
    hidden: false,
  },
  {
    id: 1073741827,
    name: "Contribute",
    roleTypeKind: 3,
    order: 64,
    description: "Can view, add, update, and delete list items and documents.",
    mask: maskOf(CONTRIBUTE),
    hidden: false,
  },
  {
    id: 1073741826,
    name: "Read",
    roleTypeKind: 2,
    order: 128,
    description: "Can view pages and list items and download documents.",
    mask: maskOf(READ_ALL),
    hidden: false,
  },
  {
    id: 1073741825,
    name: "Limited Access",
    roleTypeKind: 1,
    order: 160,
    description:
      "Can view specific lists, document libraries, list items, folders, or documents when given permissions.",
    mask: maskOf([P.ViewFormPages, P.Open, P.BrowseUserInfo, P.UseClientIntegration, P.UseRemoteAPIs]),
    hidden: true,
  },
];
