/**
 * SharePoint's field internal names. A title becomes a name the way SharePoint derives it: ASCII letters and
 * digits stay, every other character becomes `_xHHHH_` (its UTF-16 code, 4 lower-case hex digits), a leading
 * digit is escaped too, an underscore only where it would otherwise read as an escape; the result is cut at
 * 32 characters (as SharePoint does, even mid-escape). A name beginning with `_` is exposed over REST with
 * the prefix `OData_`, which toInternalName includes: "My Field" → "My_x0020_Field", "_Status" →
 * "OData__Status".
 */
export const internalNameMaxLength = 32;

export function toInternalName(title: string): string {
  return toRestName(encodeName(title).slice(0, internalNameMaxLength));
}

/** The name as REST shows it: a leading `_` gets the `OData_` prefix. (Additive to the contract.) */
export function toRestName(internalName: string): string {
  return internalName.startsWith("_") ? `OData_${internalName}` : internalName;
}

/** Back from a (REST) internal name to the text it encodes: drops `OData_`, decodes `_xHHHH_`. */
export function fromInternalName(name: string): string {
  const internal = name.startsWith("OData_") ? name.slice("OData_".length) : name;
  return internal.replace(/_x([0-9a-fA-F]{4})_/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function encodeName(title: string): string {
  let name = "";
  for (let index = 0; index < title.length; index += 1) {
    const char = title.charAt(index);
    const keep =
      /[A-Za-z]/.test(char) ||
      (/[0-9]/.test(char) && index > 0) ||
      (char === "_" && !/^x[0-9a-fA-F]{4}_/.test(title.slice(index + 1)));
    name += keep ? char : `_x${char.charCodeAt(0).toString(16).padStart(4, "0")}_`;
  }
  return name;
}
