import { localSettings } from "./local";
import { productionSettings } from "./production";
import { serverConfigSchema, type ServerConfig } from "./schema";

export * from "./schema";

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the settings for `MALKEDJAN_ENV` (local unless told otherwise) and validates them. */
export function loadServerConfig(env: Env, root: string): ServerConfig {
  const environment = env.MALKEDJAN_ENV ?? "local";
  const settings =
    environment === "production"
      ? productionSettings(env, root)
      : environment === "local"
        ? localSettings(env, root)
        : { environment };
  const parsed = serverConfigSchema.safeParse(settings);
  if (!parsed.success) {
    throw new Error(`Invalid ${environment} configuration:\n${parsed.error.message}`);
  }
  return parsed.data;
}
