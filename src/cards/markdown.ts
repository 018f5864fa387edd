/**
 * Text people wrote (goal titles, comments, names) as literal text in an Adaptive Card TextBlock, whose
 * markdown would otherwise turn `*stars*` bold, `[a](b)` into a link or a line starting `- ` or `1. ` into a
 * list. Every markdown character gets a backslash; a line start that makes a list or heading is escaped too.
 * (Template expressions are no worry here: adaptivecards-templating never evaluates text that comes from data.)
 */
const markdownCharacters = /[\\`*_~[\]()#>]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) =>
      line
        .replace(markdownCharacters, (c) => `\\${c}`)
        // "- x", "+ x" make a bullet; "1. x" a numbered item (the `*` case is already escaped above).
        .replace(/^(\s*)([-+])(?=\s)/, "$1\\$2")
        .replace(/^(\s*\d+)\.(?=\s)/, "$1\\."),
    )
    .join("\n");
}
