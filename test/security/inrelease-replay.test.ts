// Replayed and future-dated InRelease files against the archive client, over plain HTTP from a
// loopback server, every file clearsigned by the real gpg with a throwaway key, for a suite with no
// Valid-Until (where nothing else stops an old Release). Each run is a fresh ArchiveClient on one
// cache directory, as successive workflow runs are. Refused, with one line naming the suite and both
// dates: an older, validly signed InRelease served after a newer one was verified and cached; one
// with no Date after a dated one; one dated an hour ahead of the clock. Accepted: a newer InRelease
// after an older one, the same one again, one a few seconds ahead (inside the skew apt allows), and
// an older one when the cached copy no longer verifies (its key left the keyring).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { ArchiveClient, ArchiveVerificationError, readKeyring } from "@image-actions/debian";
import { mustExec } from "../support/exec.ts";

const SUITE = "bookworm";
const DAY = 86_400_000;
const rfc2822 = (date: Date) => date.toUTCString().replace("GMT", "UTC");
/** A Release's Date as the error prints it (RFC 2822 keeps whole seconds). */
const printed = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Keyring = Awaited<ReturnType<typeof readKeyring>>;

async function gpg(home: string, args: string[], input?: string): Promise<string> {
  const result = await mustExec(
    "gpg",
    ["--homedir", home, "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "", ...args],
    input === undefined ? {} : { input },
  );
  return result.stdout;
}

/** A Release for SUITE with no Valid-Until (as bookworm-updates and most third-party archives). */
function release(date: Date | undefined): string {
  return [
    "Origin: Test",
    `Suite: ${SUITE}`,
    `Codename: ${SUITE}`,
    ...(date ? [`Date: ${rfc2822(date)}`] : []),
    "Architectures: amd64",
    "Components: main",
    "Description: a test archive",
    "SHA256:",
    "",
  ].join("\n");
}

/** Serves `current.text` as dists/SUITE/InRelease, with an ETag and 304s, as an archive does. */
function serve(current: { text: string }): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    if (request.url !== `/debian/dists/${SUITE}/InRelease`) return void response.writeHead(404).end();
    const etag = `"${createHash("sha256").update(current.text).digest("hex").slice(0, 16)}"`;
    if (request.headers["if-none-match"] === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(200, { etag, "content-length": Buffer.byteLength(current.text) }).end(current.text);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/debian` });
    }),
  );
}

describe("a replayed or future-dated InRelease is refused", () => {
  let work: string;
  let gnupg: string;
  let keyring: Keyring;
  let rotatedKeyring: Keyring;
  let site: Awaited<ReturnType<typeof serve>>;
  const served = { text: "" };

  /** One run: a new client on `cacheDir`, fetching the suite's verified Release. */
  async function run(cacheDir: string, keys: Keyring = keyring) {
    const client = new ArchiveClient({ cacheDir, keys });
    try {
      return await client.release({ url: site.url, suite: SUITE });
    } finally {
      await client.close();
    }
  }

  const signed = (date: Date | undefined, key = "archive@example.invalid") =>
    gpg(gnupg, ["--local-user", key, "--clearsign", "--output", "-"], release(date));

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "inrelease-replay-"));
    gnupg = join(work, "gnupg");
    await mkdir(gnupg, { mode: 0o700 });
    for (const who of ["archive", "rotated"])
      await gpg(gnupg, ["--quick-gen-key", `Test ${who} <${who}@example.invalid>`, "ed25519", "sign", "never"]);
    keyring = await readKeyring(await gpg(gnupg, ["--export", "--armor", "archive@example.invalid"]), "test keyring");
    rotatedKeyring = await readKeyring(
      await gpg(gnupg, ["--export", "--armor", "rotated@example.invalid"]),
      "rotated keyring",
    );
    site = await serve(served);
  });
  after(async () => {
    site?.server.close();
    await rm(work, { recursive: true, force: true });
  });

  it("refuses an older, validly signed InRelease after a newer one was cached, and keeps the newer", async () => {
    const cacheDir = join(work, "replay");
    const older = new Date(Date.now() - 2 * DAY);
    const newer = new Date(Date.now() - DAY);
    served.text = await signed(older);
    assert.equal((await run(cacheDir)).release.date?.toISOString(), printed(older));
    served.text = await signed(newer);
    assert.equal((await run(cacheDir)).release.date?.toISOString(), printed(newer), "a newer Release is taken");
    assert.equal((await run(cacheDir)).release.date?.toISOString(), printed(newer), "the same one again (304)");

    served.text = await signed(older);
    await assert.rejects(run(cacheDir), (error: Error) => {
      assert.ok(error instanceof ArchiveVerificationError, `${error.name}: ${error.message}`);
      assert.match(
        error.message,
        new RegExp(
          `/dists/bookworm/InRelease: suite "bookworm" is served dated ${escaped(printed(older))}, older than the copy verified on an earlier run \\(dated ${escaped(printed(newer))}\\); refused as a replay`,
        ),
      );
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
    // The refusal left the newer copy in the cache: the archive serving it again is fine.
    served.text = await signed(newer);
    assert.equal((await run(cacheDir)).release.date?.toISOString(), printed(newer));
  });

  it("refuses an InRelease with no Date after a dated one was cached", async () => {
    const cacheDir = join(work, "no-date");
    const dated = new Date(Date.now() - DAY);
    served.text = await signed(dated);
    await run(cacheDir);
    served.text = await signed(undefined);
    await assert.rejects(
      run(cacheDir),
      new RegExp(
        `suite "bookworm" is served with no Date, older than the copy verified on an earlier run \\(dated ${escaped(printed(dated))}\\)`,
      ),
    );
  });

  it("refuses an InRelease dated an hour ahead of the clock, naming both dates", async () => {
    const ahead = new Date(Date.now() + 3_600_000);
    served.text = await signed(ahead);
    await assert.rejects(run(join(work, "future")), (error: Error) => {
      assert.ok(error instanceof ArchiveVerificationError, `${error.name}: ${error.message}`);
      assert.match(
        error.message,
        new RegExp(
          `/dists/bookworm/InRelease: suite "bookworm" is dated ${escaped(printed(ahead))}, \\d+ s after this machine's clock \\(\\d{4}-[^)]+Z\\), more than the 10 s of skew allowed`,
        ),
      );
      return true;
    });
  });

  it("accepts an InRelease a few seconds ahead of the clock, inside the skew apt allows", async () => {
    const ahead = new Date(Date.now() + 5_000);
    served.text = await signed(ahead);
    assert.equal((await run(join(work, "skew"))).release.date?.toISOString(), printed(ahead));
  });

  it("takes an older InRelease when the cached copy no longer verifies (its key has left the keyring)", async () => {
    const cacheDir = join(work, "rotated");
    served.text = await signed(new Date(Date.now() - DAY));
    await run(cacheDir);
    const older = new Date(Date.now() - 2 * DAY);
    served.text = await signed(older, "rotated@example.invalid");
    assert.equal((await run(cacheDir, rotatedKeyring)).release.date?.toISOString(), printed(older));
  });
});
