import { ForbiddenError } from "../../../domain";
import { ApiRequestError } from "../../api/errorFromProblem";

/**
 * What a refused change says: the server's own Swedish words where it gave them (a period already
 * klarmarkerad, items still missing, not the unit's owner), else the view's general words.
 */
export function saveFailureText(error: unknown, general: string): string {
  if (error instanceof ApiRequestError && error.status < 500) return error.message;
  if (error instanceof ForbiddenError) return error.reason;
  return general;
}
