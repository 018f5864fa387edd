import { PlanningPage } from "./PlanningPage";

/** The router loads this view lazily: `#/planering[?enhet=<unitId>&ar=<year>]`. */
export default PlanningPage;
