import { z } from "zod";

type Env = Readonly<Record<string, string | undefined>>;

/** Kolada's open API (no key needed). */
export const defaultKoladaBaseUrl = "https://api.kolada.se";
/** Huddinge, the demo municipality. */
export const defaultKoladaMunicipality = "0126";

/**
 * Where the Kolada import asks and for which municipality: `KOLADA_BASE_URL` (http(s), a path allowed, e.g.
 * a proxy or the local stand-in) and `KOLADA_MUNICIPALITY` (Kolada's four-digit code).
 */
export const koladaSettingsSchema = z.strictObject({
  baseUrl: z.url({ protocol: /^https?$/ }),
  municipality: z.string().regex(/^\d{4}$/),
});
export type KoladaSettings = z.infer<typeof koladaSettingsSchema>;

const variables: Readonly<Record<keyof KoladaSettings, string>> = {
  baseUrl: "KOLADA_BASE_URL: an http(s) address such as https://api.kolada.se",
  municipality: "KOLADA_MUNICIPALITY: Kolada's four-digit municipality code, such as 0126",
};

const given = (value: string | undefined): string | undefined =>
  value === undefined || value.trim() === "" ? undefined : value.trim();

/** The Kolada settings, defaults filled in; a malformed one throws naming its variable and what it expects. */
export function koladaSettings(env: Env): KoladaSettings {
  const parsed = koladaSettingsSchema.safeParse({
    baseUrl: given(env.KOLADA_BASE_URL) ?? defaultKoladaBaseUrl,
    municipality: given(env.KOLADA_MUNICIPALITY) ?? defaultKoladaMunicipality,
  });
  if (parsed.success) return parsed.data;
  const names = [...new Set(parsed.error.issues.map((i) => i.path[0] as keyof KoladaSettings))];
  throw new Error(`Invalid Kolada settings:\n${names.map((n) => `- ${variables[n]}`).join("\n")}`);
}
