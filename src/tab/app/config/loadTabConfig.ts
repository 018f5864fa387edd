import { tabConfigSchema, type TabConfig } from "../../../../config/schema";

/** The tab's settings come from the server (`/config.json`) and are validated like the server's own. */
export async function loadTabConfig(fetchFn: typeof fetch): Promise<TabConfig> {
  const response = await fetchFn("/config.json", { cache: "no-store" });
  if (!response.ok) throw new Error(`/config.json: HTTP ${response.status}`);
  return tabConfigSchema.parse(await response.json());
}
