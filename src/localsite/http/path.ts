/** One segment of a REST path: `getByTitle('Tasks')` → name "getByTitle", args ["Tasks"]. */
export interface Segment {
  name: string;
  /** Present when the segment had parentheses (possibly empty). */
  args?: SegmentArgs;
}

export interface SegmentArgs {
  positional: string[];
  named: Map<string, string>;
}

/** Splits on "/" outside quotes and parentheses, so encoded titles and server-relative paths stay whole. */
function splitRaw(path: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const char of path) {
    if (char === "'") quoted = !quoted;
    else if (!quoted && char === "(") depth += 1;
    else if (!quoted && char === ")") depth -= 1;
    if (char === "/" && depth === 0 && !quoted) {
      if (current !== "") parts.push(current);
      current = "";
    } else current += char;
  }
  if (current !== "") parts.push(current);
  return parts;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Reads `'a''b'`, `guid'…'`, `5`, `true` and `@alias` (resolved from the query string). */
function argValue(raw: string, query: URLSearchParams): string {
  let text = raw.trim();
  if (text.startsWith("@")) text = (query.get(text) ?? "").trim();
  const guid = /^guid'(.*)'$/i.exec(text);
  if (guid?.[1] !== undefined) return guid[1];
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'"))
    return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

function splitArgs(inner: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let current = "";
  for (const char of inner) {
    if (char === "'") quoted = !quoted;
    if (char === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += char;
  }
  if (current.trim() !== "") out.push(current);
  return out;
}

export function parseSegments(apiPath: string, query: URLSearchParams): Segment[] {
  return splitRaw(apiPath).map((raw) => {
    const decoded = safeDecode(raw);
    const open = decoded.indexOf("(");
    if (open < 0 || !decoded.endsWith(")")) return { name: decoded };
    const args: SegmentArgs = { positional: [], named: new Map() };
    for (const part of splitArgs(decoded.slice(open + 1, -1))) {
      const named = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/s.exec(part);
      if (named?.[1] !== undefined && named[2] !== undefined && !part.trim().startsWith("'")) {
        args.named.set(named[1].toLowerCase(), argValue(named[2], query));
      } else args.positional.push(argValue(part, query));
    }
    return { name: decoded.slice(0, open), args };
  });
}

export function firstArg(segment: Segment): string | undefined {
  return segment.args?.positional[0] ?? segment.args?.named.values().next().value;
}
