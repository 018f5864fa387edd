import { makeStyles } from "@fluentui/react-components";
import { viewStyleRules } from "../shared/viewStyles";

/** Planering's styles: the views' shared page, card and form rules (shared/viewStyles.ts). */
export const usePlanningStyles = makeStyles({ ...viewStyleRules });
