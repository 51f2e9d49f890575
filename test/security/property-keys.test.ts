// Property-based tests (fast-check) for the parsers of key material in packages/sigstore: PEM
// blocks, private and public keys, cosign's encrypted keys, and where a key comes from (PEM text,
// env://, a file, a KMS URI). For any input — arbitrary text and bytes, and valid keys of every kind
// mutated — each returns a key or throws our own one-line KeyError (a SigstoreError), never a
// TypeError, a RangeError, a raw OpenSSL error or anything else, and never spends unbounded memory
// on scrypt parameters a key file chose.
import assert from "node:assert/strict";
import { generateKeyPairSync, randomBytes, scryptSync } from "node:crypto";
import { describe, it } from "node:test";
import {
  decryptCosignKey,
  KeyError,
  loadSigningKey,
  loadVerificationKey,
  parsePem,
  resolveKeySource,
  SigstoreError,
} from "@image-actions/sigstore";
import fc from "fast-check";
import nacl from "tweetnacl";

const RUNS = { numRuns: 1000 };
/** Small scrypt cost for the test's own encrypted keys, so hundreds of decryptions stay fast. */
const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

/** Runs `parse`; passes when it returns, or throws a SigstoreError (KeyError) with a one-line message. */
function parsesOrRefuses<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    return refused(error);
  }
}

async function parsesOrRefusesAsync<T>(parse: () => Promise<T>): Promise<T | undefined> {
  try {
    return await parse();
  } catch (error) {
    return refused(error);
  }
}

function refused(error: unknown): undefined {
  if (!(error instanceof SigstoreError))
    throw new Error(`threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`);
  if (/[\r\n\u2028\u2029\u0085]/.test(error.message))
    throw new Error(`a message of more than one line: ${JSON.stringify(error.message)}`);
  if (error.message.length > 2000) throw new Error(`a message of ${error.message.length} characters`);
  return undefined;
}

function pem(label: string, body: Buffer): string {
  const lines = body.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}

/** cosign's encrypted key format, made here with a small scrypt cost. */
function encryptedKey(der: Buffer, password: string, params = TEST_SCRYPT): string {
  const salt = randomBytes(32);
  const nonce = randomBytes(nacl.secretbox.nonceLength);
  const key = scryptSync(Buffer.from(password, "utf8"), salt, 32, { ...params, maxmem: 256 * params.N * params.r });
  const ciphertext = nacl.secretbox(new Uint8Array(der), new Uint8Array(nonce), new Uint8Array(key));
  const body = {
    kdf: { name: "scrypt", params: params, salt: salt.toString("base64") },
    cipher: { name: "nacl/secretbox", nonce: nonce.toString("base64") },
    ciphertext: Buffer.from(ciphertext).toString("base64"),
  };
  return pem("ENCRYPTED SIGSTORE PRIVATE KEY", Buffer.from(JSON.stringify(body)));
}

const PASSWORD = "correct horse";

/** One valid key of every kind we read, and some we do not (P-384, X25519, DSA, a certificate-like block). */
const VALID = (() => {
  const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 });
  const ed = generateKeyPairSync("ed25519");
  const p384 = generateKeyPairSync("ec", { namedCurve: "P-384" });
  const x25519 = generateKeyPairSync("x25519");
  const ecDer = ec.privateKey.export({ type: "pkcs8", format: "der" });
  return [
    ec.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    ec.privateKey.export({ type: "sec1", format: "pem" }).toString(),
    ec.publicKey.export({ type: "spki", format: "pem" }).toString(),
    rsa.privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
    rsa.publicKey.export({ type: "pkcs1", format: "pem" }).toString(),
    ed.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    ed.publicKey.export({ type: "spki", format: "pem" }).toString(),
    p384.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    p384.publicKey.export({ type: "spki", format: "pem" }).toString(),
    x25519.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    x25519.publicKey.export({ type: "spki", format: "pem" }).toString(),
    encryptedKey(ecDer, PASSWORD),
    encryptedKey(ecDer, "").replaceAll("SIGSTORE", "COSIGN"),
    pem("CERTIFICATE", ec.publicKey.export({ type: "spki", format: "der" })),
  ];
})();

/** Short text heavy in what breaks one-line messages and naive parsing. */
const awkwardText = fc.string({
  unit: fc.constantFrom("A", "_", "\n", "\r", "\t", "\u2028", "\u0000", "/", ":", " ", "'"),
});

/** Text with anything in it: control characters, astral planes, lone surrogates, PEM fragments. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom(..."-BEGIN END PRIVATE KEY ENCRYPTED SIGSTORE PUBLIC\nABC+/=".split("")) }),
  awkwardText,
);

/** `examples` edited at random: characters inserted, deleted or replaced. */
function mutated(examples: string[]): fc.Arbitrary<string> {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 8 }),
    insert: fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.constantFrom("-----", "=", "\n", "A", "/", "+", "-----END PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----"),
    ),
  });
  return fc.tuple(fc.constantFrom(...examples), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([base, edits]) =>
    edits.reduce((text, { at, remove, insert }) => {
      const where = text.length === 0 ? 0 : at % (text.length + 1);
      return text.slice(0, where) + insert + text.slice(where + remove);
    }, base),
  );
}

/** The JSON body of an encrypted key with its fields replaced by anything JSON can hold. */
const encryptedBodies = fc
  .record(
    {
      kdf: fc.oneof(
        fc.jsonValue(),
        fc.record({
          name: fc.oneof(fc.constant("scrypt"), fc.jsonValue()),
          params: fc.oneof(
            fc.jsonValue(),
            fc.record({
              N: fc.oneof(fc.constantFrom(0, 1, 3, 1024, 2 ** 20, 2 ** 21, 2 ** 40, -1024, 1.5), fc.jsonValue()),
              r: fc.oneof(fc.constantFrom(0, 1, 8, 1000, 2 ** 31), fc.jsonValue()),
              p: fc.oneof(fc.constantFrom(0, 1, 2, 2 ** 31), fc.jsonValue()),
            }),
          ),
          salt: fc.oneof(fc.base64String(), fc.jsonValue()),
        }),
      ),
      cipher: fc.oneof(
        fc.jsonValue(),
        fc.record({
          name: fc.oneof(fc.constant("nacl/secretbox"), fc.jsonValue()),
          nonce: fc.oneof(fc.base64String(), fc.constant(randomBytes(24).toString("base64")), fc.jsonValue()),
        }),
      ),
      ciphertext: fc.oneof(fc.base64String(), fc.jsonValue()),
    },
    { requiredKeys: [] },
  )
  .map((body) => Buffer.from(JSON.stringify(body)));

describe("key parsers: a key or a one-line KeyError, for any input", () => {
  it("parsePem", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutated(VALID)), (text) => {
        parsesOrRefuses(() => parsePem(text));
      }),
      RUNS,
    );
  });

  it("loadSigningKey, with or without a password", () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, mutated(VALID), fc.constantFrom(...VALID)),
        fc.option(fc.oneof(fc.constant(PASSWORD), fc.string())),
        (text, password) => {
          const key = parsesOrRefuses(() => loadSigningKey(text, password ?? undefined));
          if (key) assert.ok(["ecdsa-p256", "rsa", "ed25519"].includes(key.algorithm));
        },
      ),
      RUNS,
    );
  });

  it("loadVerificationKey", () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutated(VALID), fc.constantFrom(...VALID)), (text) => {
        const key = parsesOrRefuses(() => loadVerificationKey(text));
        if (key) assert.equal(key.publicKey.type, "public");
      }),
      RUNS,
    );
  });

  it("decryptCosignKey on arbitrary bodies, and on JSON bodies with any field of any type", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
          encryptedBodies,
        ),
        fc.string(),
        (body, password) => {
          parsesOrRefuses(() => decryptCosignKey(body, password));
        },
      ),
      RUNS,
    );
  });

  it("an encrypted key asking scrypt for gigabytes is refused before anything is derived", () => {
    for (const params of [
      { N: 2 ** 21, r: 8, p: 1 },
      { N: 2 ** 16, r: 1024, p: 1 },
      { N: 2 ** 16, r: 8, p: 2 ** 20 },
    ]) {
      const body = {
        kdf: { name: "scrypt", params, salt: "AA==" },
        cipher: { name: "nacl/secretbox", nonce: randomBytes(24).toString("base64") },
        ciphertext: "AA==",
      };
      assert.throws(
        () => decryptCosignKey(Buffer.from(JSON.stringify(body)), "pw"),
        /scrypt parameters are unsupported/,
      );
    }
  });

  it("the valid encrypted keys decrypt with their password and refuse any other", () => {
    const encrypted = VALID.filter((text) => text.includes("ENCRYPTED"));
    for (const text of encrypted) {
      const password = text.includes("COSIGN") ? "" : PASSWORD;
      assert.equal(loadSigningKey(text, password).algorithm, "ecdsa-p256");
    }
    fc.assert(
      fc.property(fc.constantFrom(...encrypted), fc.string({ minLength: 1 }), (text, password) => {
        fc.pre(password !== PASSWORD);
        assert.throws(() => loadSigningKey(text, password), KeyError);
      }),
      { numRuns: 50 },
    );
  });

  it("resolveKeySource: PEM text, env://, KMS URIs and paths, with a reader that fails any way", async () => {
    const failures = [
      () => Object.assign(new Error("ENOENT: no such file"), { code: "ENOENT" }),
      () => Object.assign(new Error("EISDIR: illegal operation on a directory"), { code: "EISDIR" }),
      () => new TypeError("The argument 'path' must be a string without null bytes"),
      () => "a thrown string",
      () => undefined,
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anyText,
          fc
            .tuple(fc.constantFrom("env://", "awskms://", "gcpkms://", "x-y+z://", "./", "/", " "), anyText)
            .map(([prefix, rest]) => prefix + rest),
          mutated(["env://COSIGN_KEY", "awskms:///alias/release", "gcpkms://x", "./cosign.key", ...VALID]),
        ),
        fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.constantFrom(...VALID))),
        fc.option(fc.nat({ max: failures.length - 1 })),
        async (value, env, failure) => {
          const readFile = async (): Promise<string> => {
            if (failure === null) return VALID[0] as string;
            throw failures[failure]?.();
          };
          const source = await parsesOrRefusesAsync(() => resolveKeySource(value, { env, readFile }));
          if (source?.kind === "kms") assert.ok(source.uri.startsWith("awskms://"));
        },
      ),
      RUNS,
    );
  });
});
