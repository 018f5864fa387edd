/**
 * Kolada's open data (api.kolada.se, v3, CC BY 4.0: credit "Källa: Kolada"): the URL, the answer's shape,
 * the client with paging and retries, and the mapping to the domain's measurements.
 */
export { KoladaClient, type KoladaClientOptions } from "./client";
export { figuresOf, measurementOf, reasonOf } from "./figures";
export {
  KoladaError,
  koladaAnswerSchema,
  parseKoladaAnswer,
  type KoladaAnswer,
  type KoladaEntry,
} from "./response";
export { backoffMs, defaultRetry, isRetryable, retryAfterMs, type RetryPolicy } from "./retry";
export { koladaDataUrl, maxPerPage, withPage, type KoladaPage, type KoladaQuery } from "./url";
export { describeKoladaImport, type KoladaImportSummary } from "./describe";
