/** The demo's municipality: the data set is Huddinge's steering model. */
export const DEMO_MUNICIPALITY = "Huddinge kommun";

/**
 * The municipality's name for the report's title page: `MUNICIPALITY_NAME` (e.g. "Huddinge kommun"), the
 * demo's when unset — a production deployment sets it with its other settings.
 */
export function municipalityFromEnvironment(env: Readonly<Record<string, string | undefined>>): string {
  const name = env.MUNICIPALITY_NAME?.trim();
  return name === undefined || name === "" ? DEMO_MUNICIPALITY : name;
}
