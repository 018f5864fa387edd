import { parseRoute, type Route } from "./routes";

/**
 * Teams opens a deep link with a sub-entity id; ours is the route's hash without `#`
 * (e.g. `mina-mal/12`, `mitt-team?enhet=4`). Returns undefined when there is none.
 */
export function routeFromSubEntity(subEntityId: string | undefined): Route | undefined {
  if (subEntityId === undefined || subEntityId.trim() === "") return undefined;
  return parseRoute(subEntityId.trim());
}
