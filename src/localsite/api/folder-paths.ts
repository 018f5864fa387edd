import { SpError } from "../http/errors";
import type { ItemRow } from "../storage/items";
import type { ListRow } from "../storage/lists";
import type { RequestContext } from "./context";

/** "/sites/styrning/Lists/Mal/anna" or web-relative "Lists/Mal/anna" → the server-relative URL. */
export function serverRelative(ctx: RequestContext, path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  if (/^https?:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new SpError(
        400,
        "-2147024809, System.ArgumentException",
        "Value does not fall within the expected range.",
      );
    }
    return url.pathname.replace(/\/+$/, "");
  }
  if (trimmed.startsWith("/")) return trimmed;
  return `${ctx.site.settings.sitePath}/${trimmed}`;
}

/** The list and folder (null = root folder) at a server-relative URL, if there is one. */
export function folderAt(
  ctx: RequestContext,
  url: string,
): { list: ListRow; folder: ItemRow | null } | undefined {
  const lower = url.toLowerCase();
  const list = ctx.site.lists
    .all()
    .find(
      (candidate) =>
        lower === candidate.RootFolderUrl.toLowerCase() ||
        lower.startsWith(`${candidate.RootFolderUrl.toLowerCase()}/`),
    );
  if (list === undefined) return undefined;
  if (lower === list.RootFolderUrl.toLowerCase()) return { list, folder: null };
  const folder = ctx.site.items.folderByUrl(list, list.RootFolderUrl + url.slice(list.RootFolderUrl.length));
  return folder === undefined ? undefined : { list, folder };
}

export function folderUrl(list: ListRow, folder: ItemRow | null): string {
  return folder === null ? list.RootFolderUrl : `${folder.FileDirRef}/${folder.FileLeafRef}`;
}
