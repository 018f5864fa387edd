/** The answer to one operation of a $batch, in request order. */
export interface BatchResponsePart {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

const reasonPhrases: Record<number, string> = {
  200: "OK",
  201: "Created",
  204: "No Content",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  412: "Precondition Failed",
  413: "Request Entity Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

/**
 * Writes the $batch response PnPjs's parser reads: one flat part per request (no nested changesets), `\n`
 * line ends, a reason phrase on every status line, and exactly one newline after the closing boundary.
 * PnPjs drops header lines with a second `:` and joins multi-line bodies without their newlines, so bodies
 * should be single-line JSON (what JSON.stringify gives).
 */
export function serializeBatchResponse(
  parts: BatchResponsePart[],
  boundaryId: string = globalThis.crypto.randomUUID(),
): { contentType: string; body: string } {
  const delimiter = `--batchresponse_${boundaryId}`;
  const chunks = parts.map((part) => {
    const reason = part.statusText.trim() || (reasonPhrases[part.status] ?? "Unknown");
    const headerLines = Object.entries(part.headers).map(([name, value]) => `${name}: ${value}\n`);
    return [
      `${delimiter}\n`,
      "Content-Type: application/http\n",
      "Content-Transfer-Encoding: binary\n",
      "\n",
      `HTTP/1.1 ${part.status} ${reason}\n`,
      ...headerLines,
      "\n",
      `${part.body.replace(/\r?\n/g, "")}\n`,
    ].join("");
  });
  return {
    contentType: `multipart/mixed; boundary=batchresponse_${boundaryId}`,
    body: `${chunks.join("")}${delimiter}--\n`,
  };
}
