import { Fragment } from "react";
import {
  Breadcrumb,
  BreadcrumbButton,
  BreadcrumbDivider,
  BreadcrumbItem,
  makeStyles,
} from "@fluentui/react-components";

// Chains have long names (indicators are whole sentences): wrap instead of running off the screen.
const useStyles = makeStyles({
  list: { flexWrap: "wrap" },
  button: { whiteSpace: "normal", height: "auto", minHeight: "32px", textAlign: "start" },
});

export interface BreadcrumbStep {
  key: string;
  label: string;
  /** Absent for the current step, which is shown but not a button. */
  onSelect?: () => void;
}

export interface ChainBreadcrumbsProps {
  /** Accessible name of the navigation landmark, e.g. "Var i kedjan". */
  label: string;
  steps: BreadcrumbStep[];
}

/** Where the reader is in the chain; every step above the current one takes them back there. */
export function ChainBreadcrumbs({ label, steps }: ChainBreadcrumbsProps) {
  const styles = useStyles();
  return (
    <Breadcrumb aria-label={label} size="large" list={{ className: styles.list }}>
      {steps.map((step, index) => {
        const current = index === steps.length - 1;
        return (
          <Fragment key={step.key}>
            <BreadcrumbItem>
              <BreadcrumbButton
                className={styles.button}
                current={current}
                onClick={current ? undefined : step.onSelect}
              >
                {step.label}
              </BreadcrumbButton>
            </BreadcrumbItem>
            {current ? null : <BreadcrumbDivider />}
          </Fragment>
        );
      })}
    </Breadcrumb>
  );
}
