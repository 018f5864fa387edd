import { ReachPage } from "./ReachPage";

/** The router loads this view lazily: `#/rackvidd[?ar=<year>&enhet=<unitId>]`. */
export default ReachPage;
