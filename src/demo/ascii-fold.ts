/** Folds Swedish letters to ASCII so names become UPNs and URL ids: å→a, ä→a, ö→o, é→e. */
const folds: Readonly<Record<string, string>> = { å: "a", ä: "a", ö: "o", é: "e", ü: "u" };

export function asciiFold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäöéü]/g, (letter) => folds[letter] ?? letter)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `<first>.<last>@malkedjan.local`, ASCII-folded; `suffix` tells namesakes apart. */
export function upnFor(firstName: string, lastName: string, suffix = ""): string {
  return `${asciiFold(firstName)}.${asciiFold(lastName)}${suffix}@malkedjan.local`;
}
