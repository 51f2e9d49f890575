/**
 * Throwaway X.509 material made with the openssl CLI (Node can sign but not issue certificates):
 * a CA, server certificates for TLS registries, and the token issuer's signing certificate.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { mustExec } from "./exec.ts";

export interface CertificateFiles {
  certFile: string;
  keyFile: string;
}

export interface CertificateAuthority extends CertificateFiles {
  pem: string;
}

export async function createCA(dir: string, commonName = "image-actions test CA"): Promise<CertificateAuthority> {
  const keyFile = join(dir, "ca.key");
  const certFile = join(dir, "ca.crt");
  await mustExec("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    keyFile,
    "-out",
    certFile,
    "-days",
    "2",
    "-subj",
    `/CN=${commonName}`,
    "-addext",
    "basicConstraints=critical,CA:TRUE",
    "-addext",
    "keyUsage=critical,keyCertSign,cRLSign",
  ]);
  return { certFile, keyFile, pem: await readFile(certFile, "utf8") };
}

/** A leaf certificate signed by `ca`, valid for localhost and 127.0.0.1 (and any extra names and IPs). */
export async function issueCertificate(
  ca: CertificateAuthority,
  dir: string,
  name: string,
  dnsNames: string[] = ["localhost"],
  ipAddresses: string[] = ["127.0.0.1"],
): Promise<CertificateFiles> {
  const keyFile = join(dir, `${name}.key`);
  const csrFile = join(dir, `${name}.csr`);
  const certFile = join(dir, `${name}.crt`);
  const extFile = join(dir, `${name}.ext`);
  const sans = [...dnsNames.map((dns) => `DNS:${dns}`), ...ipAddresses.map((ip) => `IP:${ip}`)].join(",");
  await mustExec("openssl", [
    "req",
    "-new",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-keyout",
    keyFile,
    "-out",
    csrFile,
    "-subj",
    `/CN=${name}`,
  ]);
  await writeFile(
    extFile,
    `subjectAltName=${sans}\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=critical,digitalSignature\n`,
  );
  await mustExec("openssl", [
    "x509",
    "-req",
    "-in",
    csrFile,
    "-CA",
    ca.certFile,
    "-CAkey",
    ca.keyFile,
    "-CAcreateserial",
    "-out",
    certFile,
    "-days",
    "2",
    "-extfile",
    extFile,
  ]);
  return { certFile, keyFile };
}
