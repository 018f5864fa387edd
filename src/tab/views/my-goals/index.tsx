import { MyGoalsPage } from "./MyGoalsPage";

/** The router loads this view lazily: `#/mina-mal[/<goalId>][?medarbetare=<id>]`. */
export default MyGoalsPage;
