// The pure OData/REST pieces of the local site: $filter, query options, $batch, internal names.
export { ODataQueryError } from "./errors";
export type { ComparisonOperator, DatePart, FilterExpr, Literal, Operand } from "./filter-ast";
export { leadingCondition, parseFilter } from "./filter-parser";
export { printFilter } from "./filter-printer";
export { parseBatchRequest, type BatchRequestPart } from "./batch-request";
export { serializeBatchResponse, type BatchResponsePart } from "./batch-response";
