import type { ReactElement } from "react";
import { FluentProvider, teamsLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import { LocaleProvider } from "../../../../src/tab/app/i18n/LocaleContext";
import type { Locale } from "../../../../src/tab/app/i18n/locale";
import type { CurrentPerson } from "../../../../src/tab/app/person/currentPerson";
import { SessionProvider } from "../../../../src/tab/app/ports/PortsContext";
import { RouterProvider, type HashLocation } from "../../../../src/tab/app/router/RouterContext";
import { huddinge } from "../../../../src/demo/huddinge";
import type { TabPorts } from "../../../../src/tab/app";

// Views load their forms as lazy chunks and answer after awaited ports: on a loaded 2-core machine that
// can take longer than Testing Library's 1 s default, which made waits fail though the view was right.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. Nothing to measure here.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

/** A hash location kept in memory; `history` records every hash the view navigated to. */
export function memoryLocation(initial: string): HashLocation & { history: string[] } {
  let hash = initial;
  const listeners = new Set<() => void>();
  const history = [initial];
  const change = (next: string) => {
    hash = next;
    history.push(next);
    for (const listener of listeners) listener();
  };
  return {
    history,
    get: () => hash,
    set: change,
    replace: change,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The demo person as the shell would hand them to the views (as picked in the person picker). */
export function demoReader(id: string): CurrentPerson {
  const person = huddinge.person.find((p) => p.id === id);
  if (!person) throw new Error(`no demo person ${id}`);
  const unit = huddinge["org-unit"].find((u) => u.id === person.unitId);
  const chefOf = huddinge["org-unit"].filter((u) => u.chefId === id).map((u) => u.id);
  const plannerFor = person.roles.flatMap((r) => (r.kind === "planner" ? [r.unitId] : []));
  return {
    id,
    name: person.name,
    unitId: person.unitId,
    unitName: unit?.name ?? person.unitId,
    role: chefOf.length > 0 ? "chef" : plannerFor.length > 0 ? "planner" : "medarbetare",
    chefOf,
    plannerFor,
  };
}

/** Renders a view inside the shell's providers: Fluent theme, language, router, ports and person. */
export function renderView(
  ui: ReactElement,
  options: { ports: TabPorts; reader: CurrentPerson; hash: string; locale?: Locale },
) {
  const location = memoryLocation(options.hash);
  const result = render(
    <FluentProvider theme={teamsLightTheme}>
      <LocaleProvider locale={options.locale ?? "sv"} setLocale={() => undefined}>
        <RouterProvider location={location}>
          <SessionProvider ports={options.ports} person={options.reader}>
            {ui}
          </SessionProvider>
        </RouterProvider>
      </LocaleProvider>
    </FluentProvider>,
  );
  return { ...result, location };
}
