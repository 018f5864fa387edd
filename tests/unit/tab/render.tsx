import type { ReactElement } from "react";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";

// Views load their forms as lazy chunks and answer after awaited ports: on a loaded 2-core machine that
// can take longer than Testing Library's 1 s default, which made waits fail though the view was right.
configure({ asyncUtilTimeout: 5000 });

/** Renders inside the Fluent provider, as the shell does. */
export function renderWithTheme(ui: ReactElement) {
  return render(<FluentProvider theme={teamsLightTheme}>{ui}</FluentProvider>);
}
