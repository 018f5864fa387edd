import type { ErrorRequestHandler, RequestHandler } from "express";
import { problem } from "./problem";

/** Unknown paths: a Swedish 404 problem. */
export const notFound: RequestHandler = (_req, res) => {
  problem(res, 404, "not-found", "Hittades inte", "Det finns inget på den här adressen.");
};

/** What body-parser (express.json) throws, by its `type`: status, code and Swedish words. */
const bodyErrors: Readonly<Record<string, readonly [number, string, string, string]>> = {
  "entity.parse.failed": [400, "invalid-json", "Ogiltig JSON", "Begärans innehåll är inte giltig JSON."],
  "entity.too.large": [413, "payload-too-large", "För stor begäran", "Innehållet får vara högst 100 kB."],
  "encoding.unsupported": [
    415,
    "unsupported-encoding",
    "Kodningen stöds inte",
    "Skicka innehållet okomprimerat eller gzip-, deflate- eller brotli-komprimerat.",
  ],
  "charset.unsupported": [415, "unsupported-charset", "Teckenkodningen stöds inte", "Skicka JSON i UTF-8."],
  "request.aborted": [400, "request-aborted", "Begäran avbröts", "Innehållet kom inte fram helt."],
  "request.size.invalid": [
    400,
    "request-size-mismatch",
    "Felaktig längd",
    "Innehållets längd stämmer inte med Content-Length.",
  ],
};

function bodyErrorOf(error: unknown): readonly [number, string, string, string] | undefined {
  if (typeof error !== "object" || error === null || !("type" in error)) return undefined;
  return typeof error.type === "string" ? bodyErrors[error.type] : undefined;
}

export type ErrorLog = (message: string, error: unknown) => void;

/**
 * The last handler: a request body the API cannot read is the client's problem (400/413/415, Swedish
 * problem); anything else is logged and answered with a Swedish 500 that says nothing about the cause.
 */
export function errorHandler(log: ErrorLog): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    const known = bodyErrorOf(error);
    if (known === undefined) log(`Målkedjan server: ${req.method} ${req.path}`, error);
    if (res.headersSent) {
      // Too late for an answer: express closes the connection.
      next(error);
      return;
    }
    if (known !== undefined) {
      const [status, code, title, detail] = known;
      problem(res, status, code, title, detail);
      return;
    }
    problem(res, 500, "internal-error", "Serverfel", "Något gick fel i servern. Försök igen om en stund.");
  };
}
