import type Database from "better-sqlite3";

/**
 * Metadata tables. Column names follow SharePoint's property names where a collection accepts $filter/$select
 * (lists, fields), so the same filter compiler serves items and metadata.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS site_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS principals (
  Id INTEGER PRIMARY KEY AUTOINCREMENT,
  PrincipalType INTEGER NOT NULL,          -- 1 user, 8 SharePoint group
  Title TEXT NOT NULL,
  LoginName TEXT NOT NULL UNIQUE COLLATE NOCASE,
  Email TEXT,
  UserPrincipalName TEXT COLLATE NOCASE,
  IsSiteAdmin INTEGER NOT NULL DEFAULT 0,
  Description TEXT,
  OwnerId INTEGER
);
CREATE TABLE IF NOT EXISTS group_members (
  GroupId INTEGER NOT NULL REFERENCES principals(Id) ON DELETE CASCADE,
  UserId INTEGER NOT NULL REFERENCES principals(Id) ON DELETE CASCADE,
  PRIMARY KEY (GroupId, UserId)
);
CREATE INDEX IF NOT EXISTS group_members_user ON group_members(UserId);
CREATE TABLE IF NOT EXISTS role_definitions (
  Id INTEGER PRIMARY KEY,
  Name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  RoleTypeKind INTEGER NOT NULL,
  "Order" INTEGER NOT NULL,
  Description TEXT NOT NULL,
  Low INTEGER NOT NULL,
  High INTEGER NOT NULL,
  Hidden INTEGER NOT NULL DEFAULT 0
);
-- A permission scope: the web's, a list's own, or a folder's/item's own (ListId, ItemId set).
CREATE TABLE IF NOT EXISTS scopes (
  Id INTEGER PRIMARY KEY AUTOINCREMENT,
  ListId INTEGER,
  ItemId INTEGER
);
CREATE INDEX IF NOT EXISTS scopes_list ON scopes(ListId);
CREATE TABLE IF NOT EXISTS role_assignments (
  ScopeId INTEGER NOT NULL REFERENCES scopes(Id) ON DELETE CASCADE,
  PrincipalId INTEGER NOT NULL REFERENCES principals(Id) ON DELETE CASCADE,
  RoleDefId INTEGER NOT NULL REFERENCES role_definitions(Id) ON DELETE CASCADE,
  PRIMARY KEY (ScopeId, PrincipalId, RoleDefId)
);
CREATE INDEX IF NOT EXISTS role_assignments_principal ON role_assignments(PrincipalId);
CREATE TABLE IF NOT EXISTS lists (
  Num INTEGER PRIMARY KEY AUTOINCREMENT,
  Id TEXT NOT NULL UNIQUE,
  Title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  Description TEXT NOT NULL DEFAULT '',
  BaseTemplate INTEGER NOT NULL DEFAULT 100,
  BaseType INTEGER NOT NULL DEFAULT 0,
  Hidden INTEGER NOT NULL DEFAULT 0,
  ItemCount INTEGER NOT NULL DEFAULT 0,
  Created TEXT NOT NULL,
  LastItemModifiedDate TEXT NOT NULL,
  EntityTypeName TEXT NOT NULL,
  RootFolderUrl TEXT NOT NULL,
  ContentTypesEnabled INTEGER NOT NULL DEFAULT 0,
  EnableFolderCreation INTEGER NOT NULL DEFAULT 1,
  ScopeId INTEGER NOT NULL,
  HasUniqueRoleAssignments INTEGER NOT NULL DEFAULT 0,
  UniqueScopeCount INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS fields (
  ListNum INTEGER NOT NULL REFERENCES lists(Num) ON DELETE CASCADE,
  Id TEXT NOT NULL,
  Position INTEGER NOT NULL,
  Title TEXT NOT NULL,
  InternalName TEXT NOT NULL,
  StaticName TEXT NOT NULL,
  EntityPropertyName TEXT NOT NULL,
  FieldTypeKind INTEGER NOT NULL,
  TypeAsString TEXT NOT NULL,
  ColumnName TEXT NOT NULL,
  Hidden INTEGER NOT NULL DEFAULT 0,
  ReadOnlyField INTEGER NOT NULL DEFAULT 0,
  Required INTEGER NOT NULL DEFAULT 0,
  Indexed INTEGER NOT NULL DEFAULT 0,
  EnforceUniqueValues INTEGER NOT NULL DEFAULT 0,
  CanBeDeleted INTEGER NOT NULL DEFAULT 1,
  FromBaseType INTEGER NOT NULL DEFAULT 0,
  Sealed INTEGER NOT NULL DEFAULT 0,
  Description TEXT NOT NULL DEFAULT '',
  "Group" TEXT NOT NULL DEFAULT 'Custom Columns',
  MaxLength INTEGER,
  Choices TEXT,
  LookupList TEXT,
  LookupField TEXT,
  AllowMultipleValues INTEGER NOT NULL DEFAULT 0,
  DefaultValue TEXT,
  PRIMARY KEY (ListNum, Id)
);
CREATE UNIQUE INDEX IF NOT EXISTS fields_internal ON fields(ListNum, InternalName COLLATE NOCASE);
`;

export function createSchema(db: Database.Database): void {
  db.exec(SCHEMA);
  // A data directory made before the site kept uniqueness: add the column (no field enforces it yet).
  const columns = db.prepare("PRAGMA table_info(fields)").all() as { name: string }[];
  if (!columns.some((c) => c.name === "EnforceUniqueValues"))
    db.exec("ALTER TABLE fields ADD COLUMN EnforceUniqueValues INTEGER NOT NULL DEFAULT 0");
}

/** The tables that decide who a caller is and what they may do. */
const SECURITY_TABLES = ["principals", "group_members", "role_definitions", "scopes", "role_assignments"];

/**
 * Calls `onChange` after any write to a security table (foreign-key cascades included), through temporary
 * triggers of this connection: caches of callers can then never outlive the rows they were computed from.
 */
export function watchSecurityTables(db: Database.Database, onChange: () => void): void {
  db.function("security_changed", { deterministic: false }, () => {
    onChange();
    return null;
  });
  const triggers = SECURITY_TABLES.flatMap((table) =>
    ["INSERT", "UPDATE", "DELETE"].map(
      (event) =>
        `CREATE TEMP TRIGGER IF NOT EXISTS "watch_${table}_${event.toLowerCase()}" AFTER ${event} ON main."${table}"
         BEGIN SELECT security_changed(); END;`,
    ),
  );
  db.exec(triggers.join("\n"));
}
