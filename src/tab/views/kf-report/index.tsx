import { KfReportPage } from "./KfReportPage";

/** The router loads this view lazily: `#/rapport[?ar=<year>&period=<key>]`. */
export default KfReportPage;
