/**
 * Where the tab gets the bearer token it sends to SharePoint (or the local site).
 * Local mode: an unsigned token naming the picked demo person. Production: nested app auth
 * through MSAL, a later issue — until then there is deliberately no production provider.
 */
export interface TokenProvider {
  /** A bearer token for the SharePoint site at `siteUrl`. */
  getToken(siteUrl: string): Promise<string>;
}
