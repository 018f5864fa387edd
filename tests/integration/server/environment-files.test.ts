/**
 * The committed `.env.example` files load as they are (with a certificate made for the test), and
 * `config/<env>.env` fills in what the environment leaves unset, never a secret.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "node:util";
import { environmentWithFile, loadServerConfig } from "../../../config";
import { makeTestCertificate, type TestCertificate } from "../../support/testCertificate";

const repoRoot = path.resolve(__dirname, "../../..");

async function exampleOf(name: string): Promise<Record<string, string>> {
  const parsed = parseEnv(await readFile(path.join(repoRoot, "config", `${name}.env.example`), "utf8"));
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => e[1] !== undefined));
}

let certificate: TestCertificate;
let root: string;
beforeAll(async () => {
  certificate = makeTestCertificate();
  root = await mkdtemp(path.join(tmpdir(), "malkedjan-env-"));
  await mkdir(path.join(root, "config"));
});
afterAll(async () => {
  certificate.remove();
  await rm(root, { recursive: true, force: true });
});

describe("the example environment files", () => {
  it("production's values load once its certificate path points at a real certificate", async () => {
    const example = await exampleOf("production");
    const config = loadServerConfig({ ...example, APP_CERTIFICATE_PATH: certificate.path }, repoRoot);
    expect(config).toMatchObject({
      environment: "production",
      publicOrigin: example["PUBLIC_ORIGIN"],
      entra: { clientId: example["AAD_APP_CLIENT_ID"], tenantId: example["AAD_APP_TENANT_ID"] },
      hrGroup: "Målkedjan HR",
      teamsAppId: example["TEAMS_APP_ID"],
      botAppId: example["BOT_APP_ID"],
    });
  });

  it("local's values load as local mode", async () => {
    expect(loadServerConfig(await exampleOf("local"), repoRoot)).toMatchObject({ environment: "local" });
  });
});

describe("config/<env>.env", () => {
  it("fills in what the environment leaves unset; the environment wins", async () => {
    await writeFile(
      path.join(root, "config", "production.env"),
      "HR_GROUP=HR från filen\nPORT=4000\nPUBLIC_ORIGIN=https://fil.example.se\n",
    );
    const env = environmentWithFile({ MALKEDJAN_ENV: "production", PORT: "5000" }, root);
    expect(env).toMatchObject({ MALKEDJAN_ENV: "production", PORT: "5000", HR_GROUP: "HR från filen" });
    // Without the file (another environment), nothing is added.
    expect(environmentWithFile({ MALKEDJAN_ENV: "staging" }, root)).toEqual({ MALKEDJAN_ENV: "staging" });
  });

  it("refuses a secret in the file, naming it and never showing it", async () => {
    await writeFile(
      path.join(root, "config", "production.env"),
      `APP_CERTIFICATE_PEM="${certificate.pem.replaceAll("\n", "\\n")}"\n`,
    );
    let message = "";
    try {
      environmentWithFile({ MALKEDJAN_ENV: "production" }, root);
    } catch (error: unknown) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^APP_CERTIFICATE_PEM: a secret is read from the environment only/);
    expect(message).not.toContain("PRIVATE KEY");
  });
});
