import { z } from "zod";

/**
 * One answer of `/v3/data/kpi/…` as Kolada documents it: `{count, values: [{kpi, municipality, period,
 * values: [{gender, value, status, count?}]}], next_page | next_url}`. Fields beyond these are allowed (the
 * API grows); the ones we read are checked.
 */
export const koladaGenderValueSchema = z.looseObject({
  gender: z.enum(["T", "K", "M"]),
  value: z.number().finite().nullable(),
  status: z.string().nullish(),
  count: z.number().nullish(),
});

export const koladaEntrySchema = z.looseObject({
  kpi: z.string().regex(/^[NU]\d{5}$/),
  municipality: z.string().regex(/^\d{4}$/),
  period: z.union([
    z.number().int(),
    z
      .string()
      .regex(/^\d{4}$/)
      .transform(Number),
  ]),
  values: z.array(koladaGenderValueSchema),
});

/** The link to the next page: a URL (absolute or relative) or, in some answers, a page number. */
const nextLinkSchema = z.union([z.string(), z.number().int().positive()]).nullish();

export const koladaAnswerSchema = z.looseObject({
  count: z.number().int().nonnegative().optional(),
  values: z.array(koladaEntrySchema),
  next_page: nextLinkSchema,
  next_url: nextLinkSchema,
});

export type KoladaEntry = z.infer<typeof koladaEntrySchema>;
export type KoladaAnswer = z.infer<typeof koladaAnswerSchema>;

/** An answer that is not what Kolada documents, or a request Kolada refused: said precisely, in Swedish. */
export class KoladaError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "KoladaError";
  }
}

/** The body checked against the documented shape; a malformed one names each wrong field. */
export function parseKoladaAnswer(text: string, url: string): KoladaAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new KoladaError(
      `Kolada svarade med något som inte är JSON (${url}): ${JSON.stringify(text.slice(0, 80))}`,
      url,
    );
  }
  const parsed = koladaAnswerSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.map(String).join(".") || "(hela svaret)"}: ${i.message}`);
    throw new KoladaError(`Kolada svarade i en form som inte känns igen (${url}): ${issues.join("; ")}`, url);
  }
  return parsed.data;
}
