import { ChainPage } from "./ChainPage";

/** The router loads this view lazily: `#/kedjan?namnd=&forvaltning=&enhet=&ar=&q=&item=<kind>:<id>`. */
export default ChainPage;
