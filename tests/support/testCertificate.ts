/**
 * A throwaway self-signed certificate for the app identity, made by openssl at test time in a temp dir
 * (never committed): what APP_CERTIFICATE_PATH / APP_CERTIFICATE_PEM point at in tests.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface TestCertificate {
  /** A PEM file with the private key and the certificate, as the host provides it. */
  readonly path: string;
  /** The same PEM text. */
  readonly pem: string;
  readonly keyPem: string;
  readonly certificatePem: string;
  readonly remove: () => void;
}

export function makeTestCertificate(): TestCertificate {
  const dir = mkdtempSync(path.join(tmpdir(), "malkedjan-cert-"));
  const keyFile = path.join(dir, "key.pem");
  const certFile = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      keyFile,
      "-out",
      certFile,
      "-days",
      "2",
    ].concat(["-subj", "/CN=Malkedjan test app"]),
    { stdio: "ignore" },
  );
  const keyPem = readFileSync(keyFile, "utf8");
  const certificatePem = readFileSync(certFile, "utf8");
  const pem = `${keyPem}${certificatePem}`;
  const file = path.join(dir, "app-certificate.pem");
  writeFileSync(file, pem, { mode: 0o600 });
  return {
    path: file,
    pem,
    keyPem,
    certificatePem,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
