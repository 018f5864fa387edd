/** Loading states (skeletons) mark themselves busy; their heading may still be on its way. */
const busySelector = '[aria-busy="true"]';
const headingSelector = "h1, h2, h3, h4, h5, h6";

export interface FocusMainHeadingOptions {
  /** Give up after this long (a view that never finishes loading keeps its focus where it is). */
  readonly timeoutMs?: number;
}

function makeFocusable(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
}

/**
 * Moves focus to the main region's heading (its `h1`), as a screen reader user expects after a change of
 * view or person: the new view may still be loading, so this waits for its heading to appear. While the view
 * loads, the first heading there is (or the region itself) holds focus. It stops when the `h1` has focus and
 * nothing is busy any more, when the reader moves focus themselves, or after `timeoutMs`. Returns a cancel.
 */
export function focusMainHeading(main: HTMLElement, options: FocusMainHeadingOptions = {}): () => void {
  const doc = main.ownerDocument;
  const view = doc.defaultView;
  // Focus may be taken from where the request came from, from nowhere, or from our own earlier target.
  const origin = doc.activeElement;
  let target: HTMLElement | undefined;
  let stopped = false;

  const mayTake = (active: Element | null): boolean =>
    active === null || active === doc.body || active === origin || active === target || !active.isConnected;

  const attempt = (): void => {
    if (stopped) return;
    const active = doc.activeElement;
    if (!mayTake(active)) return stop();
    const busy = main.querySelector(busySelector) !== null;
    const heading = main.querySelector<HTMLElement>("h1");
    const next = heading ?? (busy ? undefined : (main.querySelector<HTMLElement>(headingSelector) ?? main));
    if (next !== undefined && next !== active) {
      makeFocusable(next);
      next.focus();
      target = next;
    }
    if (heading !== null && !busy && doc.activeElement === heading) stop();
  };

  const observer = view === null ? undefined : new view.MutationObserver(attempt);
  observer?.observe(main, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["aria-busy"],
  });
  const timer = view?.setTimeout(() => stop(), options.timeoutMs ?? 10_000);

  function stop(): void {
    stopped = true;
    observer?.disconnect();
    if (timer !== undefined) view?.clearTimeout(timer);
  }

  attempt();
  return stop;
}
