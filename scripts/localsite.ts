/**
 * `npm run localsite`: the embedded SharePoint site alone.
 * Port from --port or LOCALSITE_PORT (3979), data from --data or LOCALSITE_DATA (./.localsite),
 * LOCALSITE_THROTTLE ("0.2" or "every:N") and LOCALSITE_THRESHOLD (5000). Prints the site URL once listening.
 * It listens on 127.0.0.1; `--host 0.0.0.0` (or any non-loopback address) also needs `--allow-network`, and
 * `--allowed-host NAME` (repeatable) lets requests naming another host than localhost in Host through.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startLocalSite } from "../src/localsite";

function numberSetting(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      data: { type: "string" },
      host: { type: "string" },
      "allow-network": { type: "boolean" },
      "allowed-host": { type: "string", multiple: true },
    },
    strict: true,
  });
  const port = numberSetting("--port", values.port ?? process.env.LOCALSITE_PORT, 3979);
  const dataDir = resolve(values.data ?? process.env.LOCALSITE_DATA ?? "./.localsite");
  const site = await startLocalSite({
    dataDir,
    port,
    host: values.host ?? process.env.LOCALSITE_HOST ?? "127.0.0.1",
    allowNetwork: values["allow-network"] === true,
    allowedHosts: values["allowed-host"],
    throttle: process.env.LOCALSITE_THROTTLE,
    listViewThreshold: numberSetting("LOCALSITE_THRESHOLD", process.env.LOCALSITE_THRESHOLD, 5000),
  });
  console.log(site.url);
  const stop = (): void => {
    void site.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
