// Every way `image-actions sign --key` / `verify --key` can be given an unusable key — the wrong
// password, no password, a public key or certificate to sign with, a private key to verify with,
// an unsupported curve, a file that is not PEM, a missing file, a directory — is the user's to fix:
// exit 1 and one line on stderr naming the key file and the problem, never "a bug" and a stack.
// The bundled CLI is run as a user runs it; no registry is contacted, the key is refused first.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { createCA } from "../support/certs.ts";
import { runCli } from "../support/cli.ts";
import { generateKeyPair } from "../support/cosign.ts";

interface Case {
  name: string;
  command: "sign" | "verify";
  key: () => string;
  password?: string;
  /** What the one line must say about the problem. */
  says: RegExp;
}

describe("CLI key errors are one line naming the key file", () => {
  let dir: string;
  const files: Record<string, string> = {};

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "ia-cli-key-errors-"));
    const cosign = await generateKeyPair(2, dir, "right-password");
    files.encrypted = cosign.keyFile;
    files.publicKey = cosign.pubFile;
    const p384 = generateKeyPairSync("ec", { namedCurve: "P-384" });
    files.p384Private = join(dir, "p384.key");
    files.p384Public = join(dir, "p384.pub");
    await writeFile(files.p384Private, p384.privateKey.export({ type: "pkcs8", format: "pem" }));
    await writeFile(files.p384Public, p384.publicKey.export({ type: "spki", format: "pem" }));
    const p256 = generateKeyPairSync("ec", { namedCurve: "P-256" });
    files.p256Private = join(dir, "p256.key");
    await writeFile(files.p256Private, p256.privateKey.export({ type: "pkcs8", format: "pem" }));
    files.certificate = (await createCA(dir)).certFile;
    files.notPem = join(dir, "not-pem.key");
    await writeFile(files.notPem, "this is not a key\n");
    files.damaged = join(dir, "damaged.key");
    await writeFile(files.damaged, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    files.directory = join(dir, "a-directory");
    await mkdir(files.directory);
    files.missing = join(dir, "no-such.key");
  });

  const cases: Case[] = [
    {
      name: "wrong password",
      command: "sign",
      key: () => files.encrypted as string,
      password: "wrong",
      says: /wrong password/,
    },
    {
      name: "no password for an encrypted key",
      command: "sign",
      key: () => files.encrypted as string,
      says: /encrypted/,
    },
    {
      name: "a public key to sign with",
      command: "sign",
      key: () => files.publicKey as string,
      says: /'PUBLIC KEY'.*not a private key/,
    },
    {
      name: "a certificate to sign with",
      command: "sign",
      key: () => files.certificate as string,
      says: /'CERTIFICATE'.*not a private key/,
    },
    {
      name: "a private key to verify with",
      command: "verify",
      key: () => files.p256Private as string,
      says: /'PRIVATE KEY'.*not a public key/,
    },
    {
      name: "a certificate to verify with",
      command: "verify",
      key: () => files.certificate as string,
      says: /'CERTIFICATE'.*not a public key/,
    },
    {
      name: "a P-384 key to sign with",
      command: "sign",
      key: () => files.p384Private as string,
      says: /unsupported elliptic curve/,
    },
    {
      name: "a P-384 key to verify with",
      command: "verify",
      key: () => files.p384Public as string,
      says: /unsupported elliptic curve/,
    },
    { name: "a file that is not PEM", command: "sign", key: () => files.notPem as string, says: /not a PEM block/ },
    { name: "a damaged PEM key", command: "sign", key: () => files.damaged as string, says: /cannot be read/ },
    { name: "a missing key file (sign)", command: "sign", key: () => files.missing as string, says: /no such file/ },
    {
      name: "a missing key file (verify)",
      command: "verify",
      key: () => files.missing as string,
      says: /no such file/,
    },
    {
      name: "a directory as key file (sign)",
      command: "sign",
      key: () => files.directory as string,
      says: /is a directory/,
    },
    {
      name: "a directory as key file (verify)",
      command: "verify",
      key: () => files.directory as string,
      says: /is a directory/,
    },
  ];

  for (const item of cases)
    it(`${item.command}: ${item.name}`, async () => {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.COSIGN_PASSWORD;
      if (item.password !== undefined) env.COSIGN_PASSWORD = item.password;
      const keyFile = item.key();
      // Port 9 on loopback: nothing is listening, and nothing may be contacted before the key is read.
      const result = await runCli([item.command, "--key", keyFile, "127.0.0.1:9/app:1"], env);
      assert.equal(result.code, 1, result.stderr);
      const lines = result.stderr.trimEnd().split("\n");
      assert.equal(lines.length, 1, `one line, not:\n${result.stderr}`);
      const line = lines[0] as string;
      assert.ok(line.startsWith("image-actions: "), line);
      assert.ok(line.includes(keyFile), `names the key file: ${line}`);
      assert.match(line, item.says);
      assert.doesNotMatch(line, /bug|please report|\bat .*:\d+:\d+/);
      assert.equal(result.stdout, "");
    });
});
