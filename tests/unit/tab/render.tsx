import type { ReactElement } from "react";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";

/** Renders inside the Fluent provider, as the shell does. */
export function renderWithTheme(ui: ReactElement) {
  return render(<FluentProvider theme={teamsLightTheme}>{ui}</FluentProvider>);
}
