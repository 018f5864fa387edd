import { parseQueryOptions } from "../../../src/localsite/odata/query-options";
import { ODataQueryError } from "../../../src/localsite/odata/errors";

/** Options as PnPjs puts them on the wire: form-encoded by URLSearchParams. */
const fromWire = (query: Record<string, string>): URLSearchParams =>
  new URLSearchParams(new URLSearchParams(query).toString());

describe("parseQueryOptions", () => {
  it("reads what PnPjs's first page request carries", () => {
    const params = fromWire({
      $select: "Id,Title,Customer/Title",
      $expand: "Customer",
      $filter: "Title eq 'O''Brien och co'",
      $orderby: "Modified desc,Id asc",
      $top: "100",
    });
    expect(params.toString()).toContain("O%27%27Brien+och+co");
    expect(parseQueryOptions(params)).toEqual({
      select: ["Id", "Title", "Customer/Title"],
      expand: ["Customer"],
      filter: {
        kind: "compare",
        op: "eq",
        left: { kind: "field", path: ["Title"] },
        right: { kind: "literal", literal: { kind: "string", value: "O'Brien och co" } },
      },
      filterText: "Title eq 'O''Brien och co'",
      orderBy: [
        { field: ["Modified"], descending: true },
        { field: ["Id"], descending: false },
      ],
      top: 100,
    });
  });

  it("reads a skip token with the last id", () => {
    expect(parseQueryOptions(fromWire({ $skiptoken: "Paged=TRUE&p_ID=123" })).skipToken).toEqual({
      pagedPrevId: 123,
      raw: "Paged=TRUE&p_ID=123",
    });
  });

  it("reads the skip token of a next link used verbatim", () => {
    const nextLink =
      "http://localhost:3979/sites/styrning/_api/web/lists(guid'1')/items?%24skiptoken=Paged%3dTRUE%26p_ID%3d100&%24top=100";
    const options = parseQueryOptions(new URL(nextLink).searchParams);
    expect(options).toEqual({ top: 100, skipToken: { pagedPrevId: 100, raw: "Paged=TRUE&p_ID=100" } });
  });

  it("reads PnPjs's backwards skip and sort-key values", () => {
    expect(parseQueryOptions(fromWire({ $skiptoken: "Paged=TRUE&PagedPrev=TRUE&p_ID=7" })).skipToken).toEqual(
      {
        pagedPrevId: 7,
        previousPage: true,
        raw: "Paged=TRUE&PagedPrev=TRUE&p_ID=7",
      },
    );
    expect(
      parseQueryOptions(fromWire({ $skiptoken: "Paged=TRUE&p_Title=O%27Brien&p_ID=9" })).skipToken
        ?.sortValues,
    ).toEqual({ Title: "O'Brien" });
  });

  it("defaults an order to ascending and tolerates spaces around keys", () => {
    expect(parseQueryOptions(fromWire({ $orderby: " Title , Customer/Title desc" })).orderBy).toEqual([
      { field: ["Title"], descending: false },
      { field: ["Customer", "Title"], descending: true },
    ]);
  });

  it("accepts * in $select and ignores options SharePoint ignores", () => {
    expect(parseQueryOptions(fromWire({ $select: "*,Author/*", $skip: "10", $format: "json" }))).toEqual({
      select: ["*", "Author/*"],
    });
  });

  it("gives nothing for no options", () => {
    expect(parseQueryOptions(new URLSearchParams())).toEqual({});
  });

  it.each([
    ["$top", "ten", 'The expression "$top=ten" is not valid.'],
    ["$top", "-1", 'The expression "$top=-1" is not valid.'],
    ["$orderby", "Title sideways", 'The expression "Title sideways" is not valid.'],
    ["$orderby", "Title,", 'The expression "Title," is not valid.'],
    ["$select", "Id;DROP", 'The expression "$select=Id;DROP" is not valid.'],
    ["$expand", "*", 'The expression "$expand=*" is not valid.'],
    ["$filter", "endswith(Title,'a')", `The expression "endswith(Title,'a')" is not valid.`],
    ["$skiptoken", "Paged=TRUE&p_ID=abc", 'The expression "$skiptoken=Paged=TRUE&p_ID=abc" is not valid.'],
  ])("refuses %s=%s", (option, value, message) => {
    const parse = (): unknown => parseQueryOptions(fromWire({ [option]: value }));
    expect(parse).toThrow(ODataQueryError);
    expect(parse).toThrow(message);
  });
});
