import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

interface AxeWindow {
  axe: { run: (context: object, options: object) => Promise<{ violations: AxeViolation[] }> };
}

let axeScript: string | undefined;
const axeSource = (): string => (axeScript ??= readFileSync(require.resolve("axe-core"), "utf8"));

/**
 * Runs axe-core in the page (WCAG 2.1 A/AA and best practices) and returns its violations.
 * Fluent's focus manager (Tabster) adds `<i data-tabster-dummy aria-hidden tabindex=0>` sentinels that pass
 * focus straight on to real content; axe reads them as hidden focusable content, so they are left out.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // A dialog or button still fading in has mid-transition colours that fail contrast: let every finite
  // animation and transition end first (a spinner's endless one never does, so it is not waited for).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Evaluated, not added as a <script>: the server's CSP (script-src 'self') refuses inline script tags.
  await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const { axe } = window as unknown as AxeWindow;
    const context = { include: [document], exclude: [["[data-tabster-dummy]"]] };
    const result = await axe.run(context, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** Only what the done-criteria forbid: serious or critical. */
export function seriousOrCritical(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}
