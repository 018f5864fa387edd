import "@pnp/sp/webs";
import "@pnp/sp/site-users/web";
import "@pnp/sp/context-info";
import "@pnp/sp/lists";
import { admin, failureOf, startTestSite, type TestSite } from "./support/pnp";

let site: TestSite;
beforeAll(async () => {
  site = await startTestSite();
});
afterAll(async () => {
  await site.close();
});

describe("the web, through PnPjs", () => {
  it("serves the web with absolute URLs built from the request's host", async () => {
    const web = await site.as(admin).web.select("Title", "Url", "ServerRelativeUrl")();
    expect(web.Url).toBe(site.url);
    expect(web.ServerRelativeUrl).toBe("/sites/styrning");
    expect(typeof web.Title).toBe("string");
  });

  it("names the caller as currentuser, the site collection administrator on a fresh site", async () => {
    const me = await site.as(admin).web.currentUser();
    expect(me).toMatchObject({
      LoginName: `i:0#.f|membership|${admin}`,
      UserPrincipalName: admin,
      Email: admin,
      IsSiteAdmin: true,
    });
    expect(typeof me.Id).toBe("number");
    expect(typeof me.Title).toBe("string");
  });

  it("lists site users with SharePoint's fields", async () => {
    const users = await site.as(admin).web.siteUsers();
    const me = users.find((user) => user.UserPrincipalName === admin);
    expect(me).toMatchObject({ LoginName: `i:0#.f|membership|${admin}`, Email: admin, IsSiteAdmin: true });
    expect(Object.keys(me ?? {})).toEqual(expect.arrayContaining(["Id", "Title"]));
  });

  it("creates a person of the local domain on ensureuser, once", async () => {
    const sp = site.as(admin);
    const first = await sp.web.ensureUser("anna.andersson@malkedjan.local");
    expect(first).toMatchObject({
      LoginName: "i:0#.f|membership|anna.andersson@malkedjan.local",
      UserPrincipalName: "anna.andersson@malkedjan.local",
      Email: "anna.andersson@malkedjan.local",
      IsSiteAdmin: false,
    });
    const again = await sp.web.ensureUser("i:0#.f|membership|anna.andersson@malkedjan.local");
    expect(again.Id).toBe(first.Id);
    const users = await sp.web.siteUsers.filter("UserPrincipalName eq 'anna.andersson@malkedjan.local'")();
    expect(users.map((user) => user.Id)).toEqual([first.Id]);
    const byId = await sp.web.siteUsers.getById(first.Id)();
    expect(byId.UserPrincipalName).toBe("anna.andersson@malkedjan.local");
  });

  it("refuses ensureuser for someone outside the local directory", async () => {
    const failure = await failureOf(site.as(admin).web.ensureUser("someone@example.com"));
    expect(failure.status).toBeGreaterThanOrEqual(400);
    expect(failure.status).toBeLessThan(500);
  });

  it("lets an ensured person call with their own token", async () => {
    await site.as(admin).web.ensureUser("bertil.berg@malkedjan.local");
    const me = await site.as("bertil.berg@malkedjan.local").web.currentUser();
    expect(me).toMatchObject({ UserPrincipalName: "bertil.berg@malkedjan.local", IsSiteAdmin: false });
  });

  it("refuses a request without a token with 401", async () => {
    const failure = await failureOf(site.anonymous().web());
    expect(failure.status).toBe(401);
  });

  it("refuses a token naming no known user with a SharePoint-shaped 401", async () => {
    const failure = await failureOf(site.as("nobody@malkedjan.local").web());
    expect(failure.status).toBe(401);
    expect(failure.message).not.toBe("");
  });

  it("answers contextinfo with a form digest and the site's URLs", async () => {
    const info = await site.as(admin).web.getContextInfo();
    expect(info.WebFullUrl).toBe(site.url);
    expect(info.SiteFullUrl).toBe(site.url);
    expect(String(info.FormDigestValue)).not.toBe("");
    expect(info.FormDigestTimeoutSeconds).toBeGreaterThan(0);
  });

  it("answers minimalmetadata by default, nometadata and verbose when asked", async () => {
    const minimal = (await site.as(admin).web.currentUser()) as Record<string, unknown>;
    expect(minimal["odata.metadata"]).toEqual(expect.stringContaining("$metadata"));
    expect(minimal["odata.type"]).toBe("SP.User");

    const bare = (await site.as(admin, { metadata: "nometadata" }).web.currentUser()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(bare).filter((key) => key.startsWith("odata."))).toEqual([]);
    expect(bare["UserPrincipalName"]).toBe(admin);

    const verbose = (await site.as(admin, { metadata: "verbose" }).web.currentUser()) as Record<
      string,
      unknown
    >;
    expect(verbose["__metadata"]).toMatchObject({ type: "SP.User" });
    expect(verbose["UserPrincipalName"]).toBe(admin);
  });

  it("wraps errors in error (verbose) rather than odata.error", async () => {
    const failure = await failureOf(site.as(admin, { metadata: "verbose" }).web.lists.getByTitle("Saknas")());
    expect(failure).toMatchObject({ status: 404, code: "-1, System.ArgumentException" });
    expect(failure.message).toContain("List 'Saknas' does not exist");
  });

  it("lists site users in verbose as PnPjs reads d.results", async () => {
    const users = await site.as(admin, { metadata: "verbose" }).web.siteUsers();
    expect(Array.isArray(users)).toBe(true);
    expect(users.some((user) => user.UserPrincipalName === admin)).toBe(true);
  });
});
