import type { SegmentArgs } from "../http/path";
import type { FieldRow } from "../storage/fields";
import type { ItemRow } from "../storage/items";
import type { ListRow } from "../storage/lists";
import type { PrincipalRow } from "../storage/principals";
import type { RoleDefinitionRow } from "./entities";
import type { Securable } from "./securables";

/** What a REST path addresses, resolved segment by segment. */
export type Resource =
  | { kind: "web" }
  | { kind: "lists" }
  | { kind: "list"; list: ListRow }
  | { kind: "items"; list: ListRow }
  | { kind: "item"; list: ListRow; item: ItemRow }
  | { kind: "fields"; list: ListRow }
  | { kind: "field"; list: ListRow; field: FieldRow }
  | { kind: "users" }
  | { kind: "user"; user: PrincipalRow }
  | { kind: "userGroups"; user: PrincipalRow }
  | { kind: "groups" }
  | { kind: "group"; group: PrincipalRow }
  | { kind: "groupUsers"; group: PrincipalRow }
  | { kind: "groupUser"; group: PrincipalRow; user: PrincipalRow }
  | { kind: "roleDefinitions" }
  | { kind: "roleDefinition"; role: RoleDefinitionRow }
  | { kind: "roleAssignments"; securable: Securable }
  | { kind: "roleAssignment"; securable: Securable; principalId: number }
  | { kind: "roleAssignmentMember"; securable: Securable; principalId: number }
  | { kind: "roleAssignmentBindings"; securable: Securable; principalId: number }
  | { kind: "effectivePermissions"; securable: Securable }
  /** A folder: the list's root folder when `folder` is null. */
  | { kind: "folder"; list: ListRow; folder: ItemRow | null }
  | { kind: "folders"; list: ListRow; parent: ItemRow | null }
  /** The web's folder collection (for `web.folders.addUsingPath`). */
  | { kind: "webFolders" }
  | { kind: "folderItem"; list: ListRow; folder: ItemRow | null }
  | { kind: "call"; name: string; args: SegmentArgs; target: Resource };
