/**
 * The Microsoft 365 Agents Playground (offline) against the app's bot, as `npm run playground` and the e2e
 * test start it: its mock Teams is written to `.m365agentsplayground.yml` in its working directory, with a
 * demo person as its user carrying the stand-in Entra object id local mode maps to them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localObjectId } from "../../src/bot/people";
import { huddinge } from "../../src/demo";
import { repoRoot } from "./build";

export const playgroundPerson = (id: string): { name: string; given: string; surname: string } => {
  const name = huddinge.person.find((p) => p.id === id)?.name ?? id;
  const [given = name, ...rest] = name.split(" ");
  return { name, given, surname: rest.join(" ") || "-" };
};

/** One person in the Playground's config: their demo name and the stand-in object id local mode knows. */
const userLines = (id: string, index: number, indent: string): string[] => {
  const person = playgroundPerson(id);
  return [
    `id: user-id-${index}`,
    `name: ${person.name}`,
    `userPrincipleName: ${id}`,
    `aadObjectId: ${localObjectId(id)}`,
    `givenName: ${person.given}`,
    `surname: ${person.surname}`,
    `email: ${id}`,
  ].map((line, i) => (i === 0 && indent !== "  " ? `${indent.slice(2)}- ${line}` : `${indent}${line}`));
};

/**
 * The Playground reads its mock Teams (tenant, bot, who you are, at least five other people, every kind of
 * conversation) from this file in its working directory; only the personal chat matters here.
 */
export function writePlaygroundConfig(dir: string, upn: string): void {
  const others = huddinge.person
    .map((p) => p.id)
    .filter((id) => id !== upn)
    .slice(0, 5);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, ".m365agentsplayground.yml"),
    [
      'version: "0.1.1"',
      "tenantId: 00000000-0000-0000-0000-0000000000001",
      "bot:",
      "  id: 00000000-0000-0000-0000-00000000000011",
      "  name: Målkedjan",
      "currentUser:",
      ...userLines(upn, 0, "  "),
      "users:",
      ...others.flatMap((id, i) => userLines(id, i + 1, "    ")),
      "personalChat:",
      "  id: a:1malkedjan-playground",
      "groupChat:",
      "  id: 19:malkedjan-playground-group@thread.v2",
      "  name: Gruppchatt",
      "team:",
      "  id: 19:malkedjan-playground-team@thread.tacv2",
      "  name: Sjödalsskolan",
      "  aadGroupId: 00000000-0000-0000-0000-000000000031",
      "  channels:",
      "    - id: 19:malkedjan-playground-general@thread.tacv2",
      "      name: Allmänt",
      "",
    ].join("\n"),
  );
}

export interface RunningPlayground {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): void;
}

/** Starts the Playground against `appOrigin`'s bot on `port`, as `upn`; resolves once it listens. */
export function startPlayground(options: {
  readonly appOrigin: string;
  readonly port: number;
  readonly upn: string;
  readonly dir: string;
  readonly stdio?: "inherit" | "pipe";
}): Promise<RunningPlayground> {
  writePlaygroundConfig(options.dir, options.upn);
  const child = spawn(
    path.join(repoRoot, "node_modules/.bin/agentsplayground"),
    ["-e", `${options.appOrigin}/api/messages`, "-c", "msteams", "-p", String(options.port), "--dt"],
    // Without a browser to open it exits 1 silently on a headless machine.
    {
      cwd: options.dir,
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stop = (): void => {
    if (child.exitCode === null) child.kill("SIGTERM");
  };
  return new Promise((resolve, reject) => {
    let seen = "";
    const onData = (chunk: Buffer): void => {
      if (options.stdio === "inherit") process.stdout.write(chunk);
      seen += chunk.toString("utf8");
      if (/Listening on \d+/.test(seen))
        resolve({ url: `http://localhost:${options.port}`, process: child, stop });
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      if (options.stdio === "inherit") process.stderr.write(chunk);
    });
    child.once("exit", (code) =>
      reject(new Error(`the Agents Playground exited (${String(code)}) before it listened`)),
    );
  });
}
