// The pure OData/REST pieces of the local site: $filter, query options, $batch, internal names, dates.
export { ODataQueryError } from "./errors";
export type { ComparisonOperator, DatePart, FilterExpr, Literal, Operand } from "./filter-ast";
export { leadingCondition, parseFilter } from "./filter-parser";
export { printFilter } from "./filter-printer";
export { compileFilter, type ResolvedColumn, type SqlParam } from "./filter-compiler";
export { parseQueryOptions, type OrderBy, type QueryOptions, type SkipToken } from "./query-options";
export { MAX_BATCH_PARTS, parseBatchRequest, type BatchRequestPart } from "./batch-request";
export { serializeBatchResponse, type BatchResponsePart } from "./batch-response";
export { fromInternalName, internalNameMaxLength, toInternalName, toRestName } from "./internal-names";
export { normalizeDateTime } from "./datetime";
