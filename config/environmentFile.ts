import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

type Env = Readonly<Record<string, string | undefined>>;

/** Variables that are secrets: only ever from the host's environment, never from a file beside the code. */
const secrets = ["APP_CERTIFICATE_PEM"] as const;

/**
 * The environment, with `config/<MALKEDJAN_ENV>.env` (git-ignored; copy it from the `.env.example`) filled in
 * underneath when it exists: a variable set in the environment wins over the file. A secret in the file is
 * refused, naming it: the certificate comes from a path or from the environment.
 */
export function environmentWithFile(env: Env, root: string): Env {
  const name = env.MALKEDJAN_ENV ?? "local";
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return env;
  const file = path.join(root, "config", `${name}.env`);
  if (!existsSync(file)) return env;
  const fromFile = parseEnv(readFileSync(file, "utf8"));
  for (const secret of secrets) {
    if (fromFile[secret] !== undefined) {
      throw new Error(
        `${secret}: a secret is read from the environment only, never from ${path.relative(root, file)}; ` +
          "remove it there (or give the certificate's path as APP_CERTIFICATE_PATH)",
      );
    }
  }
  const merged: Record<string, string | undefined> = { ...fromFile };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) merged[key] = value;
  return merged;
}
