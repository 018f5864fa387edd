import { localSettings } from "./local";
import { productionSettings } from "./production";
import { serverConfigSchema, type ServerConfig } from "./schema";

export * from "./schema";
export { environmentWithFile } from "./environmentFile";
export {
  defaultKoladaBaseUrl,
  defaultKoladaMunicipality,
  koladaSettings,
  type KoladaSettings,
} from "./kolada";
export { ProductionSettingsError, productionVariables } from "./production";

type Env = Readonly<Record<string, string | undefined>>;

/** Which environment variable each local setting comes from, so a refusal names what to change. */
const localVariables: Readonly<Record<string, string>> = {
  port: "PORT",
  host: "HOST",
  tabDir: "TAB_DIR",
  "localSite.dataDir": "LOCALSITE_DATA",
  "localSite.seed": "LOCALSITE_SEED",
  "localSite.throttle": "LOCALSITE_THROTTLE",
};

/**
 * Reads the settings for `MALKEDJAN_ENV` (local unless told otherwise) and validates them. A production
 * setting that is missing or malformed throws naming its environment variable and what it expects.
 */
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
    const problems = parsed.error.issues.map((issue) => {
      const at = issue.path.join(".");
      return `- ${localVariables[at] ?? at}: ${issue.message}`;
    });
    throw new Error(`Invalid ${environment} configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}
