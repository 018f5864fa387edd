import { koladaSettings } from "../../../config";

describe("the Kolada import's settings", () => {
  it("default to Kolada's open API and Huddinge", () => {
    expect(koladaSettings({})).toEqual({ baseUrl: "https://api.kolada.se", municipality: "0126" });
    expect(koladaSettings({ KOLADA_BASE_URL: " ", KOLADA_MUNICIPALITY: "" })).toEqual({
      baseUrl: "https://api.kolada.se",
      municipality: "0126",
    });
  });

  it("take a base URL with a path (a proxy, the local stand-in) and another municipality", () => {
    expect(
      koladaSettings({ KOLADA_BASE_URL: "http://127.0.0.1:4010/kolada", KOLADA_MUNICIPALITY: "0180" }),
    ).toEqual({ baseUrl: "http://127.0.0.1:4010/kolada", municipality: "0180" });
  });

  it("refuse a malformed setting, naming its variable and what it expects", () => {
    expect(() => koladaSettings({ KOLADA_BASE_URL: "ftp://kolada.se" })).toThrow(
      /KOLADA_BASE_URL: an http\(s\) address/,
    );
    expect(() => koladaSettings({ KOLADA_MUNICIPALITY: "Huddinge" })).toThrow(
      /KOLADA_MUNICIPALITY: Kolada's four-digit municipality code/,
    );
  });
});
