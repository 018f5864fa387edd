import { FollowUpPage } from "./FollowUpPage";

/** The router loads this view lazily: `#/uppfoljning[?enhet=<unitId>&period=<YYYY-key>]`. */
export default FollowUpPage;
