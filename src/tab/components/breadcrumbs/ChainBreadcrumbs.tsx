import { Fragment } from "react";
import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem } from "@fluentui/react-components";

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
  return (
    <Breadcrumb aria-label={label} size="large">
      {steps.map((step, index) => {
        const current = index === steps.length - 1;
        return (
          <Fragment key={step.key}>
            <BreadcrumbItem>
              <BreadcrumbButton current={current} onClick={current ? undefined : step.onSelect}>
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
