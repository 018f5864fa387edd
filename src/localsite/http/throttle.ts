/** Throttling on demand ("0.2" = that share of requests, "every:3" = every third), so retry paths can be tested. */
export type Throttle = () => boolean;

export function createThrottle(setting: string | undefined, random: () => number = Math.random): Throttle {
  const text = (setting ?? "").trim().toLowerCase();
  if (text === "" || text === "0" || text === "off") return () => false;
  const every = /^every:(\d+)$/.exec(text);
  if (every?.[1] !== undefined) {
    const n = Number(every[1]);
    let count = 0;
    return () => {
      if (n <= 0) return false;
      count += 1;
      return count % n === 0;
    };
  }
  const probability = Number(text);
  if (!Number.isFinite(probability) || probability < 0 || probability > 1) {
    throw new Error(`LOCALSITE_THROTTLE must be a probability (0.2) or every:N, not "${setting ?? ""}"`);
  }
  return () => random() < probability;
}
