/** @jest-environment jsdom */
import type { ReactElement } from "react";
import { screen } from "@testing-library/react";
import { huddinge } from "../../../../src/demo/huddinge";
import type { SteeringQueries } from "../../../../src/domain";
import type { Locale } from "../../../../src/tab/app/i18n/locale";
import Chain from "../../../../src/tab/views/chain";
import MyGoals from "../../../../src/tab/views/my-goals";
import MyTeam from "../../../../src/tab/views/my-team";
import { memoryPorts } from "../support/memoryPorts";
import { demoReader, renderView } from "../support/renderView";

const maria = "maria.johansson@malkedjan.local";
const rektor = "karin.lindqvist@malkedjan.local";
const today = "2026-06-01";

/** The in-memory ports, with each view reporting `skippedRows` stored items left out. */
function open(ui: ReactElement, readerId: string, hash: string, skippedRows: number, locale?: Locale) {
  const ports = memoryPorts(huddinge, readerId, today);
  const inner = ports.queries;
  const queries: SteeringQueries = {
    ...inner,
    myGoals: async (...args) => ({ ...(await inner.myGoals(...args)), skippedRows }),
    team: async (...args) => ({ ...(await inner.team(...args)), skippedRows }),
    chain: async (...args) => ({ ...(await inner.chain(...args)), skippedRows }),
  };
  return renderView(ui, {
    ports: { ...ports, queries },
    reader: demoReader(readerId),
    hash,
    ...(locale ? { locale } : {}),
  });
}

/** The notice saying `text`, as a screen reader meets it: a status (announced politely), a warning bar. */
async function notice(text: string): Promise<Element | null> {
  return (await screen.findByText(text)).closest('[role="status"]');
}

describe("the notice about stored items a view could not show", () => {
  it("says in Mina mål that 1 post could not be shown, in the singular", async () => {
    open(<MyGoals />, maria, "#/mina-mal", 1);
    await screen.findByRole("heading", { level: 1, name: "Mina mål 2026" });
    expect(
      await notice(
        "1 post kunde inte visas eftersom den innehåller fel. Kontakta den som administrerar Målkedjan.",
      ),
    ).not.toBeNull();
  });

  it("says in Mitt team that 2 poster could not be shown, in the plural", async () => {
    open(<MyTeam />, rektor, "#/mitt-team", 2);
    await screen.findByRole("heading", { level: 1, name: "Mitt team – Sjödalsskolan 2026" });
    expect(
      await notice(
        "2 poster kunde inte visas eftersom de innehåller fel. Kontakta den som administrerar Målkedjan.",
      ),
    ).not.toBeNull();
  });

  it("says it in Kedjan too, and in English for an English reader", async () => {
    open(<Chain />, maria, "#/kedjan", 3, "en");
    expect(
      await notice(
        "3 items could not be shown because they contain errors. Contact whoever administers Målkedjan.",
      ),
    ).not.toBeNull();
  });

  it("shows no notice when nothing was left out", async () => {
    open(<MyTeam />, rektor, "#/mitt-team", 0);
    await screen.findByRole("heading", { level: 1, name: "Mitt team – Sjödalsskolan 2026" });
    expect(screen.queryByText(/kunde inte visas/)).toBeNull();
  });
});
