/** "Handlingsplan för" + "Andel elever …" → "andel elever …", but acronyms stay: "NKI för …". */
export const lowerFirst = (s: string): string =>
  /^[A-ZÅÄÖ][A-ZÅÄÖ]/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
