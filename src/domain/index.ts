/**
 * Målkedjan's steering model: entities with validating constructors, the domain errors, the ports the
 * data layer implements, the Swedish vocabulary, and the rules. Pure: no IO.
 */
export * from "./errors";
export * from "./model";
export * from "./ports";
export * from "./result";
export * from "./rules";
export * from "./vocabulary";
