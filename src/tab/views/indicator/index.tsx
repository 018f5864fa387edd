import { IndicatorPage } from "./IndicatorPage";

/** The router loads this view lazily (`#/indikator/<kf|namnd>/<id>`); it alone holds the chart library. */
export default IndicatorPage;
