import { shellStrings } from "../../../src/tab/app/i18n/shellStrings";
import type { StringTables } from "../../../src/tab/app/i18n/strings";
import { sharedStrings } from "../../../src/tab/components/strings";
import { chainStrings } from "../../../src/tab/views/chain/strings";
import { kfLevelStrings } from "../../../src/tab/views/kf-level/strings";

const tables: Readonly<Record<string, StringTables<string>>> = {
  shell: shellStrings,
  chain: chainStrings,
  shared: sharedStrings,
  kfLevel: kfLevelStrings,
};

/** What a municipal reader should never meet: code names, file names, technical jargon. */
const technical = [
  /[a-z][A-Z]/, // camelCase names such as followUpDates
  // kebab-case names such as work-plan or individual-goal ("follow-up" is English, not a code name)
  /\b(?!follow-up\b)[a-z]+-[a-z]+(-[a-z]+)*\b/,
  /\/\w+\.\w+/, // file paths such as /config.json
  /\b(undefined|null|NaN)\b/,
  /\b(nested app auth|token|demodata|lokalt läge|local mode|produktionsläge|production mode)\b/i,
];

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("the words of the shell, Kedjan and the shared components", () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: plain words in Swedish and English, no code names`, () => {
      for (const locale of ["sv", "en"] as const) {
        for (const [key, text] of Object.entries(table[locale])) {
          for (const pattern of technical) {
            if (pattern.test(text)) throw new Error(`${name}.${locale}.${key} reads technical: "${text}"`);
          }
        }
      }
    });

    it(`${name}: English fills in the same blanks as Swedish`, () => {
      for (const [key, text] of Object.entries(table.sv)) {
        expect([key, placeholders(table.en[key] ?? "")]).toEqual([key, placeholders(text)]);
      }
    });
  }
});
