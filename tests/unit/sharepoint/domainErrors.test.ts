import { ForbiddenError, NotFoundError } from "../../../src/domain";
import { domainErrorFor, SharePointRequestError } from "../../../src/sharepoint/pnp/domainErrors";

const context = {
  operation: "read Aktiviteter",
  kind: "activity",
  id: "akt-1",
  actorId: "anna@malkedjan.local",
  action: "read",
} as const;

describe("SharePoint failures as domain errors", () => {
  it("turns 404 into NotFoundError and 403 into ForbiddenError naming the caller", () => {
    expect(domainErrorFor({ status: 404, code: "", message: "Item does not exist." }, context)).toEqual(
      new NotFoundError("activity", "akt-1"),
    );
    const forbidden = domainErrorFor(
      { status: 403, code: "-2147024891", message: "Access denied." },
      context,
    );
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect(forbidden).toMatchObject({
      actorId: "anna@malkedjan.local",
      action: "read",
      item: { kind: "activity", id: "akt-1" },
    });
  });

  it("keeps the status and SharePoint's own words for anything else", () => {
    const message = "The attempted operation is prohibited because it exceeds the list view threshold.";
    const error = domainErrorFor(
      { status: 500, code: "-2147024860, Microsoft.SharePoint.SPQueryThrottledException", message },
      context,
    );
    expect(error).toBeInstanceOf(SharePointRequestError);
    expect(error).toMatchObject({ status: 500, sharePointMessage: message });
    expect(error.message).toContain("read Aktiviteter failed: SharePoint answered 500");
  });
});
