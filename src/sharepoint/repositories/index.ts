import type { ItemKind, Repositories } from "../../domain";
import type { EntityList } from "../schema/columns";
import { goalLists, lists } from "../schema/lists";
import type { RepositoryContext } from "./context";
import { SharePointEntityRepository } from "./entityRepository";
import { SharePointFollowUpRepository } from "./followUpRepository";
import { PartitionedEntityRepository } from "./partitionedRepository";

export type { RepositoryContext } from "./context";
export { SharePointEntityRepository } from "./entityRepository";
export { SharePointFollowUpRepository } from "./followUpRepository";
export { PartitionedEntityRepository } from "./partitionedRepository";

/** Every kind's repository over one PnPjs root (the caller's token decides what SharePoint lets them see). */
export function createRepositories(context: RepositoryContext): Repositories {
  const of = <K extends ItemKind>(list: EntityList<K>) => new SharePointEntityRepository(context, list);
  return {
    vision: of(lists["vision"]),
    "program-declaration": of(lists["program-declaration"]),
    "focus-area": of(lists["focus-area"]),
    "kf-indicator": of(lists["kf-indicator"]),
    "board-plan": of(lists["board-plan"]),
    "board-indicator": of(lists["board-indicator"]),
    milestone: of(lists["milestone"]),
    assignment: of(lists["assignment"]),
    "work-plan": of(lists["work-plan"]),
    activity: of(lists["activity"]),
    "individual-goal": new PartitionedEntityRepository(context, goalLists),
    "follow-up": new SharePointFollowUpRepository(context),
    "indicator-outcome": of(lists["indicator-outcome"]),
    "org-unit": of(lists["org-unit"]),
    person: of(lists["person"]),
  };
}
