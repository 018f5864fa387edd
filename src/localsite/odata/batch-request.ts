import { ODataQueryError } from "./errors";

/** One operation inside a $batch, flattened out of its changeset. Header names are lower-cased. */
export interface BatchRequestPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const boundaryPattern = /boundary=(?:"([^"]+)"|([^;\s]+))/i;
const requestLinePattern = /^([A-Z]+) (\S+) HTTP\/\d(?:\.\d)?$/;

/**
 * Reads a `multipart/mixed` $batch body as PnPjs (and SharePoint's own clients) write it: plain parts for
 * reads, nested changesets for writes. Line endings may be `\n` or `\r\n`. Parts come back in request order.
 */
export function parseBatchRequest(body: string, contentType: string): BatchRequestPart[] {
  const boundary = boundaryOf(contentType);
  return splitMultipart(body.replace(/\r\n/g, "\n"), boundary).flatMap(readPart);
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

/** A part is either one HTTP request or a changeset holding several. */
function readPart(part: string): BatchRequestPart[] {
  const { headers, rest } = readHeaders(part);
  const contentType = headers["content-type"] ?? "";
  if (/^multipart\/mixed/i.test(contentType)) {
    return splitMultipart(rest, boundaryOf(contentType)).flatMap(readPart);
  }
  if (!/^application\/http/i.test(contentType)) {
    throw malformed(`a part has Content-Type '${contentType}', expected application/http or multipart/mixed`);
  }
  return [readRequest(rest)];
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
