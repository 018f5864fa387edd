import { randomUUID } from "node:crypto";

export function newGuid(): string {
  return randomUUID();
}

/** SharePoint's timestamp form: second precision, UTC, "Z". */
export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
}
