import { ODataQueryError } from "./errors";

/** One token of a $filter text. Words are identifiers and keywords alike; the parser tells them apart. */
export type Token =
  | { kind: "(" | ")" | "," | "/"; at: number }
  | { kind: "word"; text: string; at: number }
  | { kind: "string"; value: string; at: number }
  | { kind: "number"; value: number; at: number }
  | { kind: "datetime"; value: string; at: number };

const wordPattern = /[A-Za-z_][A-Za-z0-9_]*/y;
// OData v3 numbers, with the optional type suffixes (5L, 1.5d, 2m, 3f) that clients sometimes add.
const numberPattern = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[LlDdMmFf]?(?![A-Za-z0-9_])/y;
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const punctuation = new Set(["(", ")", ",", "/"]);

/** Splits a $filter into tokens; any character SharePoint would not accept makes the whole filter invalid. */
export function tokenize(text: string): Token[] {
  const invalid = (): ODataQueryError => ODataQueryError.invalidExpression(text);
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text.charAt(at);
    if (char === " " || char === "\t" || char === "\r" || char === "\n") {
      at += 1;
    } else if (punctuation.has(char)) {
      tokens.push({ kind: char as "(" | ")" | "," | "/", at });
      at += 1;
    } else if (char === "'") {
      const { value, end } = readQuoted(text, at, invalid);
      tokens.push({ kind: "string", value, at });
      at = end;
    } else if (matchAt(numberPattern, text, at) !== undefined) {
      const raw = matchAt(numberPattern, text, at) ?? "";
      tokens.push({ kind: "number", value: Number(raw.replace(/[LlDdMmFf]$/, "")), at });
      at += raw.length;
    } else {
      const word = matchAt(wordPattern, text, at);
      if (word === undefined) throw invalid();
      if (word === "datetime" && text.charAt(at + word.length) === "'") {
        const { value, end } = readQuoted(text, at + word.length, invalid);
        tokens.push({ kind: "datetime", value, at });
        at = end;
      } else if (word === "guid" && text.charAt(at + word.length) === "'") {
        // OData v3 guid'…' (e.g. `Id eq guid'…'` on lists): compared as the text it is.
        const { value, end } = readQuoted(text, at + word.length, invalid);
        if (!guidPattern.test(value)) throw invalid();
        tokens.push({ kind: "string", value, at });
        at = end;
      } else {
        tokens.push({ kind: "word", text: word, at });
        at += word.length;
      }
    }
  }
  return tokens;
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

/** Reads a '…' literal starting at the opening quote; a doubled quote stands for one quote. */
function readQuoted(
  text: string,
  open: number,
  invalid: () => ODataQueryError,
): { value: string; end: number } {
  let value = "";
  let at = open + 1;
  for (;;) {
    const close = text.indexOf("'", at);
    if (close < 0) throw invalid();
    value += text.slice(at, close);
    if (text.charAt(close + 1) === "'") {
      value += "'";
      at = close + 2;
    } else {
      return { value, end: close + 1 };
    }
  }
}
