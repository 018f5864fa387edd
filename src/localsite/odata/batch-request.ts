import { ODataQueryError } from "./errors";

/** One operation inside a $batch, flattened out of its changeset. Header names are lower-cased. */
export interface BatchRequestPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Requests one $batch may hold. SharePoint Online refuses batches over 100 requests; Microsoft's page on
 * $batch (sp-dev-docs "Make batch requests with the REST APIs") names no number, the PnPjs maintainers state
 * the 100 limit in pnp/pnpjs#3207, and pnp/pnpcore splits its batches at 100 for the same reason.
 */
export const MAX_BATCH_PARTS = 100;

const boundaryPattern = /boundary=(?:"([^"]+)"|([^;\s]+))/i;
const requestLinePattern = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/;

/**
 * Reads a `multipart/mixed` $batch body as PnPjs (and SharePoint's own clients) write it: plain parts for
 * reads, changesets (one level, no deeper) for writes. Line endings may be `\n` or `\r\n`. Parts come back
 * in request order. More than `maxParts` requests refuse the whole batch before any part is read further.
 */
export function parseBatchRequest(
  body: string,
  contentType: string,
  maxParts: number = MAX_BATCH_PARTS,
): BatchRequestPart[] {
  const boundary = boundaryOf(contentType);
  const requests: BatchRequestPart[] = [];
  const add = (request: BatchRequestPart): void => {
    requests.push(request);
    if (requests.length > maxParts)
      throw malformed(`it holds more than ${maxParts} requests, the most one batch may hold`);
  };
  for (const part of splitMultipart(body.replace(/\r\n/g, "\n"), boundary)) readPart(part, true, add);
  return requests;
}

function boundaryOf(contentType: string): string {
  const match = boundaryPattern.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!/^multipart\/mixed/i.test(contentType.trim()) || boundary === undefined) {
    throw malformed("the Content-Type names no multipart/mixed boundary");
  }
  return boundary;
}

/** The parts between `--boundary` lines, up to `--boundary--`. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const lines = body.split("\n");
  const parts: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) {
      if (current !== undefined) parts.push(current);
      return parts.map((part) => part.join("\n"));
    }
    if (trimmed === delimiter) {
      if (current !== undefined) parts.push(current);
      current = [];
    } else if (current !== undefined) {
      current.push(line);
    }
  }
  throw malformed(`the closing boundary ${delimiter}-- is missing`);
}

/** A part is either one HTTP request or (at the top level only) a changeset holding several. */
function readPart(part: string, topLevel: boolean, add: (request: BatchRequestPart) => void): void {
  const { headers, rest } = readHeaders(part);
  const contentType = headers["content-type"] ?? "";
  if (/^multipart\/mixed/i.test(contentType)) {
    if (!topLevel) throw malformed("a changeset holds another changeset");
    for (const inner of splitMultipart(rest, boundaryOf(contentType))) readPart(inner, false, add);
    return;
  }
  if (!/^application\/http/i.test(contentType)) {
    throw malformed(`a part has Content-Type '${contentType}', expected application/http or multipart/mixed`);
  }
  add(readRequest(rest));
}

function readRequest(text: string): BatchRequestPart {
  const lines = text.split("\n");
  const firstLine = lines.findIndex((line) => line.trim() !== "");
  const match = requestLinePattern.exec(lines[firstLine]?.trim() ?? "");
  if (firstLine < 0 || match === null) throw malformed("a part holds no request line");
  const { headers, rest } = readHeaders(lines.slice(firstLine + 1).join("\n"));
  return {
    method: match[1] ?? "",
    url: match[2] ?? "",
    headers,
    // PnPjs ends a body with a blank line before the next boundary; the body itself is one JSON text.
    body: rest.replace(/\n+$/, ""),
  };
}

/** Header lines up to the first blank line; what follows is returned as is. */
function readHeaders(text: string): { headers: Record<string, string>; rest: string } {
  const lines = text.split("\n");
  const headers: Record<string, string> = {};
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (line.trim() === "") break;
    const colon = line.indexOf(":");
    if (colon <= 0) throw malformed(`'${line}' is not a header`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, rest: lines.slice(index + 1).join("\n") };
}

function malformed(reason: string): ODataQueryError {
  return new ODataQueryError(`The batch request is not valid: ${reason}.`);
}
