/**
 * Målkedjan's Teams bot: installation events keep where each person is reached (conversation references),
 * and the reminder card's actions run the same use cases as the tab, as the person who pressed.
 */
export { botBodyLimit, botPath, botRoutes, type BotAuth } from "./endpoint";
export { cardLocaleOf, createAgent, type BotDeps } from "./agent";
export { cardFollowUpId } from "./followUpId";
export { installationOf, type Installation } from "./installation";
export { localObjectId, type PersonByObjectId } from "./people";
