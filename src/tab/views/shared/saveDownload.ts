/**
 * Hands a downloaded file to the browser as a download, through the page the clicked element lives in (no
 * globals in components). Throws when there is no window to download in.
 */
export function saveDownload(
  file: { readonly blob: Blob; readonly fileName: string },
  from: HTMLElement,
): void {
  const doc = from.ownerDocument;
  const view = doc.defaultView;
  if (view === null) throw new Error("no window to download in");
  const url = view.URL.createObjectURL(file.blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start saving; then the object URL's memory is freed.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 10_000);
}
