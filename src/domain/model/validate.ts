import { z } from "zod";
import { ValidationError, type ValidationIssue } from "../errors";
import { err, ok, type Result } from "../result";
import type { ItemKind } from "./kinds";

const swedish = z.locales.sv().localeError;

const pathOf = (path: readonly PropertyKey[]): string => path.map(String).join(".");

/** Turns zod issues into ValidationIssues with a dot path and a Swedish reason. */
export const toIssues = (error: z.ZodError): ValidationIssue[] =>
  error.issues.map((i) => ({ path: pathOf(i.path), code: i.code, message: i.message }));

const idOf = (input: unknown): string | undefined => {
  if (typeof input === "object" && input !== null && "id" in input) {
    const id: unknown = input.id;
    return typeof id === "string" ? id : undefined;
  }
  return undefined;
};

/** Validates untrusted input as an entity of `kind`; never throws. */
export const validate = <S extends z.ZodType>(
  kind: ItemKind,
  schema: S,
  input: unknown,
): Result<z.infer<S>, ValidationError> => {
  const parsed = schema.safeParse(input, { error: swedish });
  return parsed.success
    ? ok(parsed.data)
    : err(new ValidationError(kind, idOf(input), toIssues(parsed.error)));
};

/** Builds the validating constructor of one entity kind. */
export const constructorFor =
  <S extends z.ZodType>(kind: ItemKind, schema: S) =>
  (input: unknown): Result<z.infer<S>, ValidationError> =>
    validate(kind, schema, input);
