/**
 * `npm run playground`: the app (`npm start`, local mode with the demo) and the Microsoft 365 Agents
 * Playground against its bot, offline. The Playground's user is a demo person (Maria Johansson by default,
 * `PLAYGROUND_PERSON=<upn>` for another), carrying the stand-in Entra object id local mode maps to them, so
 * installing the bot in the Playground stores Maria's conversation reference in the local site.
 * `PLAYGROUND_APP=<origin>` connects to an app already running instead of starting one. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { playgroundPerson, startPlayground } from "./harness/playground";

const root = path.resolve(__dirname, "..");
const port = Number(process.env["PORT"] ?? 3978);
const playgroundPort = Number(process.env["PLAYGROUND_PORT"] ?? 56150);
const upn = (process.env["PLAYGROUND_PERSON"] ?? "maria.johansson@malkedjan.local").toLowerCase();

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
  const origin = process.env["PLAYGROUND_APP"] ?? (await startApp());
  const playground = await startPlayground({
    appOrigin: origin,
    port: playgroundPort,
    upn,
    dir: path.join(root, ".playground"),
    stdio: "inherit",
  });
  children.push(playground.process);
  playground.process.once("exit", (code) => {
    console.error(`Agents Playground stopped (${code}).`);
    stopAll();
  });
  console.log(
    `Målkedjan playground: open ${playground.url} — you are ${playgroundPerson(upn).name} (${upn}); the app is at ${origin}/`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll();
  process.exit(1);
});
