/** Värdegrund: mod, driv, mångfald, omtanke. Cross-cutting; individual goals may name the ones they live. */
export const CORE_VALUES = ["courage", "drive", "diversity", "care"] as const;
export type CoreValue = (typeof CORE_VALUES)[number];
