import { createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import { readFileSync } from "node:fs";
import type { AppCertificateSource } from "../../../config/schema";

/** The app identity's certificate as MSAL takes it: the private key, the SHA-256 thumbprint, the public chain. */
export interface AppCertificate {
  /** PKCS#8 PEM (what MSAL signs its client assertion with). */
  readonly privateKey: string;
  /** Hex SHA-256 thumbprint of the certificate, as Entra lists it. */
  readonly thumbprintSha256: string;
  /** The certificate(s), PEM: sent as `x5c` so Entra can match it by subject and issuer too. */
  readonly x5c: string;
  readonly subject: string;
  readonly validTo: Date;
}

/** A certificate that cannot be used, named by the variable it came from: the start stops with this. */
export class AppCertificateError extends Error {
  constructor(variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = "AppCertificateError";
  }
}

const certificateBlocks = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function privateKeyOf(pem: string, fail: (problem: string) => never): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch (error: unknown) {
    const code = (error as { code?: string }).code ?? "";
    if (/PASSPHRASE|ENCRYPTED/i.test(code) || /-----BEGIN ENCRYPTED PRIVATE KEY/.test(pem))
      fail(
        "the private key is encrypted; give the app a key without a passphrase (kept in a file only it reads)",
      );
    fail("holds no readable private key (expected -----BEGIN PRIVATE KEY----- in PEM)");
  }
}

/**
 * Reads and checks the certificate once, at start: PEM with the private key and the certificate, the key
 * belonging to the certificate, the certificate in its validity period. A problem names the variable
 * (`APP_CERTIFICATE_PATH` or `APP_CERTIFICATE_PEM`) and never repeats the key.
 */
export function readAppCertificate(source: AppCertificateSource, now: Date = new Date()): AppCertificate {
  const variable = "path" in source ? "APP_CERTIFICATE_PATH" : "APP_CERTIFICATE_PEM";
  const fail = (problem: string): never => {
    throw new AppCertificateError(variable, problem);
  };
  let pem: string;
  if ("path" in source) {
    try {
      pem = readFileSync(source.path, "utf8");
    } catch (error: unknown) {
      const code = (error as { code?: string }).code ?? "unreadable";
      return fail(`the certificate file ${source.path} cannot be read (${code})`);
    }
  } else pem = source.pem;
  const chain = pem.match(certificateBlocks) ?? [];
  const first = chain[0];
  if (first === undefined) return fail("holds no certificate (expected -----BEGIN CERTIFICATE----- in PEM)");
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(first);
  } catch {
    return fail("the certificate in it cannot be read as X.509");
  }
  const key = privateKeyOf(pem, fail);
  if (!certificate.checkPrivateKey(key)) fail("the private key does not belong to the certificate");
  const validTo = new Date(certificate.validTo);
  if (validTo.getTime() <= now.getTime())
    fail(`the certificate expired on ${validTo.toISOString()}; register a new one on the Entra app`);
  return {
    privateKey: key.export({ type: "pkcs8", format: "pem" }).toString(),
    thumbprintSha256: certificate.fingerprint256.replaceAll(":", ""),
    x5c: chain.join("\n"),
    subject: certificate.subject,
    validTo,
  };
}
