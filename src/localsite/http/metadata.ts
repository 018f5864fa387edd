/** SharePoint's three JSON flavours, chosen by the Accept header (plain application/json = minimal). */
export type MetadataLevel = "minimal" | "none" | "verbose";

export function metadataLevelOf(accept: string | undefined): MetadataLevel {
  const value = (accept ?? "").toLowerCase();
  if (value.includes("odata=verbose")) return "verbose";
  if (value.includes("odata=nometadata")) return "none";
  return "minimal";
}

export function contentTypeOf(level: MetadataLevel): string {
  switch (level) {
    case "verbose":
      return "application/json;odata=verbose;charset=utf-8";
    case "none":
      return "application/json;odata=nometadata;streaming=true;charset=utf-8";
    case "minimal":
      return "application/json;odata=minimalmetadata;streaming=true;charset=utf-8";
  }
}
