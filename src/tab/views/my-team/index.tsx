import { MyTeamPage } from "./MyTeamPage";

/** The router loads this view lazily: `#/mitt-team[?enhet=<unitId>&ar=<year>]`. */
export default MyTeamPage;
