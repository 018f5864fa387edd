import { KfLevelPage } from "./KfLevelPage";

/** The router loads this view lazily: `#/mal-och-budget[?mandat=<programförklaring id>]`. */
export default KfLevelPage;
