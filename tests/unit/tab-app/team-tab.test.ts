import { parseRoute } from "../../../src/tab/app/router/routes";
import { teamTabInstance } from "../../../src/tab/app/configure/teamTabInstance";

describe("the configurable team tab", () => {
  it("saves a content URL that opens Mitt team for the chosen unit", () => {
    const instance = teamTabInstance("https://malkedjan.huddinge.se", {
      id: "sjodalsskolan",
      name: "Sjödalsskolan",
    });
    expect(instance).toEqual({
      contentUrl: "https://malkedjan.huddinge.se/#/mitt-team?enhet=sjodalsskolan",
      websiteUrl: "https://malkedjan.huddinge.se/#/mitt-team?enhet=sjodalsskolan",
      entityId: "mitt-team-sjodalsskolan",
      suggestedDisplayName: "Mitt team – Sjödalsskolan",
    });
    expect(parseRoute(new URL(instance.contentUrl).hash)).toEqual({
      view: "mitt-team",
      enhet: "sjodalsskolan",
    });
  });
});
