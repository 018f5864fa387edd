/**
 * The error SharePoint answers for a query it cannot run (400, InvalidClientQueryException).
 * Additive to the contract: `code` and `status` so the server can shape the body without a lookup table.
 */
export class ODataQueryError extends Error {
  readonly code = "-1, Microsoft.SharePoint.Client.InvalidClientQueryException";
  readonly status = 400;

  constructor(message: string) {
    super(message);
    this.name = "ODataQueryError";
  }

  /** SharePoint's exact wording for any $filter (or other option) it refuses. */
  static invalidExpression(expression: string): ODataQueryError {
    return new ODataQueryError(`The expression "${expression}" is not valid.`);
  }
}
