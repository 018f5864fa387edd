import type { SPFI } from "@pnp/sp";
import "@pnp/sp/folders";
import { listByTitle } from "../lists/rows";

/**
 * One folder per medarbetare in each personal list, named by their UPN (UPNs hold no character SharePoint
 * forbids in a folder name; anything else is replaced to be safe).
 */
export function folderNameFor(employeeId: string): string {
  return employeeId.replace(/["*:<>?/\\|#%~&{}]/g, "_");
}

/** Server-relative URL of each list's root folder, read once per PnPjs root. */
const rootFolders = new WeakMap<SPFI, Map<string, Promise<string>>>();

export function rootFolderUrl(sp: SPFI, listTitle: string): Promise<string> {
  let perList = rootFolders.get(sp);
  if (perList === undefined) {
    perList = new Map();
    rootFolders.set(sp, perList);
  }
  let url = perList.get(listTitle);
  if (url === undefined) {
    url = listByTitle(sp, listTitle)
      .rootFolder.select("ServerRelativeUrl")<{ ServerRelativeUrl: string }>()
      .then((f) => f.ServerRelativeUrl);
    url.catch(() => perList.delete(listTitle));
    perList.set(listTitle, url);
  }
  return url;
}

export async function personalFolderUrl(sp: SPFI, listTitle: string, employeeId: string): Promise<string> {
  return `${await rootFolderUrl(sp, listTitle)}/${folderNameFor(employeeId)}`;
}
