/** The parts of `window` that tell whether a Teams (or other Microsoft 365) host can be talking to the tab. */
export interface HostWindowFacts {
  readonly self: unknown;
  readonly parent: unknown;
  readonly opener: unknown;
  /** Teams' mobile clients inject this into their web view instead of framing the tab. */
  readonly nativeInterface?: unknown;
}

/**
 * Whether to start teams-js at all. Teams frames a tab (web and desktop), opens it as a window with an opener
 * (its authentication windows) or hosts it in a mobile web view with `nativeInterface`. A top-level window
 * with none of these is a plain browser tab: teams-js is not even loaded there, because merely loading it
 * fetches a list of valid domains from Microsoft's CDN, and standalone the tab calls no host but its own.
 */
export function maybeTeamsHost(win: HostWindowFacts): boolean {
  const framed = win.parent !== win.self;
  const opened = win.opener !== null && win.opener !== undefined;
  return framed || opened || win.nativeInterface !== undefined;
}
