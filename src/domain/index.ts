/**
 * Målkedjan's steering model: entities with validating constructors, the domain errors, the ports the
 * data layer implements, the Swedish vocabulary, and the rules. Pure: no IO.
 *
 * Conventions every other part relies on:
 * - Code names are English; Swedish words come only from `vocabulary.ts`.
 * - Every entity has a readable `id`, unique per kind; a person's id is their lower-case UPN.
 *   Storage versions (ETags) live in `Versioned<T>`, never inside an entity.
 * - Dates are `YYYY-MM-DD` (municipal calendar days), instants ISO 8601 (`…Z`).
 * - Follow-up periods: `YYYY-<key>` from the FollowUpCalendar for plans, activities, indicators, etappmål
 *   and uppdrag; the agreed date `YYYY-MM-DD` for individual goals.
 * - Pure rules return `Result` values (validation, links, access); ports reject with the same domain errors
 *   (NotFoundError, ConflictError, ForbiddenError).
 */
export * from "./errors";
export * from "./periodErrors";
export * from "./model";
export * from "./ports";
export * from "./result";
export * from "./rules";
export * from "./vocabulary";
