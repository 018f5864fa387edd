/**
 * `npm run playground`: the app (`npm start`, local mode with the demo) and the Microsoft 365 Agents
 * Playground against its bot, offline. The Playground's user is a demo person (Maria Johansson by default,
 * `PLAYGROUND_PERSON=<upn>` for another), carrying the stand-in Entra object id local mode maps to them, so
 * installing the bot in the Playground stores Maria's conversation reference in the local site.
 * `PLAYGROUND_APP=<origin>` connects to an app already running instead of starting one. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { localObjectId } from "../src/bot/people";
import { huddinge } from "../src/demo";

const root = path.resolve(__dirname, "..");
const port = Number(process.env["PORT"] ?? 3978);
const playgroundPort = Number(process.env["PLAYGROUND_PORT"] ?? 56150);
const upn = (process.env["PLAYGROUND_PERSON"] ?? "maria.johansson@malkedjan.local").toLowerCase();

const demoPerson = (id: string): { name: string; given: string; surname: string } => {
  const name = huddinge.person.find((p) => p.id === id)?.name ?? id;
  const [given = name, ...rest] = name.split(" ");
  return { name, given, surname: rest.join(" ") || "-" };
};

/** One person in the Playground's config: their demo name and the stand-in object id local mode knows. */
const userLines = (id: string, index: number, indent: string): string[] => {
  const person = demoPerson(id);
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
function writePlaygroundConfig(dir: string): void {
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

const children: ChildProcess[] = [];
const stopAll = (): void => {
  for (const child of children) if (child.exitCode === null && child.pid !== undefined) child.kill("SIGTERM");
};
process.once("SIGINT", stopAll);
process.once("SIGTERM", stopAll);

function startApp(): Promise<string> {
  const app = spawn("npm", ["start"], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(app);
  return new Promise((resolve, reject) => {
    let seen = "";
    app.stdout?.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      seen += chunk.toString("utf8");
      const match = /Målkedjan: (http:\/\/\S+)\//.exec(seen);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    app.once("exit", (code) => reject(new Error(`npm start exited (${code}) before the app was up`)));
  });
}

async function main(): Promise<void> {
  const dir = path.join(root, ".playground");
  writePlaygroundConfig(dir);
  const origin = process.env["PLAYGROUND_APP"] ?? (await startApp());
  const playground = spawn(
    path.join(root, "node_modules/.bin/agentsplayground"),
    ["-e", `${origin}/api/messages`, "-c", "msteams", "-p", String(playgroundPort), "--dt"],
    { cwd: dir, env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none" }, stdio: "inherit" },
  );
  children.push(playground);
  playground.once("exit", (code) => {
    console.error(`Agents Playground stopped (${code}).`);
    stopAll();
  });
  console.log(
    `Målkedjan playground: open http://localhost:${playgroundPort} — you are ${demoPerson(upn).name} (${upn}); the app is at ${origin}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll();
  process.exit(1);
});
