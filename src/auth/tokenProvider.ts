/**
 * Where the tab gets the bearer token it sends to SharePoint (or the local site).
 * Local mode: an unsigned token naming the picked demo person. Production signs in with Entra instead
 * (`delegatedTokens.ts`: MSAL, nested app auth inside Teams), one token per resource.
 */
export interface TokenProvider {
  /** A bearer token for the SharePoint site at `siteUrl`. */
  getToken(siteUrl: string): Promise<string>;
}
