// Every suite this machine's apt is configured with (read at run time from /etc/apt/sources.list and
// sources.list.d — one-line .list and deb822 .sources alike; no archive host is written here) reads
// with our archive client as it reads with apt: its InRelease verifies with the source's Signed-By
// keyring (or Debian's shipped keys), and the Packages indexes of the machine's architecture verify —
// the security suite included, whose binary-all our client once fetched and failed on (issue 25).
// Then something is resolved against each suite: one of its own packages, pinned to the version
// that suite serves, is locked on a distroless-like base against all the configured sources at once
// (as `image-actions lock` does), and the locked .deb fetches, verifies and is that package and version.
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  ArchiveClient,
  defaultKeyring,
  fetchLockedDebs,
  lockPackages,
  type PackageRecord,
  packageRecordsFromIndex,
  readKeyring,
} from "@image-actions/debian";
import { parsePlatform, parseReference, RegistryClients } from "@image-actions/oci";
import { type AptSource, machineAptSources, sourceLines } from "../support/apt-root.ts";
import { buildDistrolessBase, type DistrolessBase } from "../support/distroless-base.ts";
import { mustExec } from "../support/exec.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

/** The CLI's own default cache, kept between runs like a runner's tool cache (as debian-lock.test.ts). */
const CACHE = join(homedir(), ".cache", "image-actions", "debian");

type Keys = Awaited<ReturnType<typeof defaultKeyring>>;

/** The keys apt checks a source's InRelease with: its Signed-By keyring, else Debian's archive keys. */
async function keysOf(source: AptSource): Promise<Keys> {
  return source.signedBy ? readKeyring(await readFile(source.signedBy), source.signedBy) : defaultKeyring();
}

/**
 * A package of the suite's own indexes to resolve: not in the base, fewest dependency groups first
 * (what the suite holds changes daily, so the pick is made at run time, by a rule, not by name).
 */
function pickPackage(records: PackageRecord[], installed: Set<string>): PackageRecord | undefined {
  const weight = (record: PackageRecord) => record.depends.length + record.preDepends.length;
  return records
    .filter((record) => !installed.has(record.name))
    .sort((a, b) => weight(a) - weight(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0];
}

describe("every suite this machine's apt is configured with", async () => {
  // The suites are read before the tests are declared, so that each gets its own test.
  const sources = await machineAptSources();
  const { stdout } = await mustExec("dpkg", ["--print-architecture"]);
  const architecture = stdout.trim();
  const platform = `linux/${architecture === "armhf" ? "arm/v7" : architecture}`;
  let registry: TestRegistry;
  let base: DistrolessBase;
  let clients: RegistryClients;
  let keys: Keys;

  before(async () => {
    registry = await startRegistry();
    base = await buildDistrolessBase(registry, "distroless/base", { platforms: [platform] });
    clients = new RegistryClients({ env: {}, onSecret: () => {} });
    keys = (await Promise.all(sources.map(keysOf))).flat();
  });
  after(async () => {
    await clients?.close();
    await registry?.stop();
  });

  it("apt names at least one suite", () => {
    assert.ok(sources.some((source) => source.suites.length > 0));
  });

  for (const source of sources) {
    for (const suite of source.suites) {
      // The URL is the machine's and stays out of the test's name, which lands in logs.
      it(`suite ${suite} (${source.components.join(" ")}): indexes verify, and one of its packages locks and fetches`, async (t) => {
        const client = new ArchiveClient({ cacheDir: CACHE, keys: await keysOf(source) });
        let records: PackageRecord[];
        try {
          const indexes = await client.packagesIndexes({ url: source.url, suite }, source.components, [architecture]);
          assert.ok(indexes.some((index) => index.architecture === architecture));
          records = indexes.flatMap((index) => packageRecordsFromIndex(index.text, index.archive));
        } finally {
          await client.close();
        }
        const installed = new Set(base.packages.map((item) => item.name));
        const chosen = pickPackage(records, installed);
        assert.ok(chosen, `suite ${suite} lists a package for ${architecture} that the base lacks`);
        t.diagnostic(`${suite}: resolving ${chosen.name}=${chosen.version}`);

        const locked = await lockPackages({
          clients,
          base: parseReference(base.ref),
          sources: sourceLines(sources),
          keys,
          platforms: [parsePlatform(platform)],
          packages: [`${chosen.name}=${chosen.version}`],
          cacheDir: CACHE,
        });
        const entries = locked.lockfile.architectures[architecture] ?? [];
        const entry = entries.find((item) => item.name === chosen.name);
        // The same version may sit in two suites (a security fix folded into a point release), so the
        // lock may name either; the .deb's bytes are the suite's all the same.
        assert.deepEqual(
          entry && { version: entry.version, sha256: entry.sha256 },
          { version: chosen.version, sha256: chosen.sha256 },
          `${chosen.name}=${chosen.version} locked from ${suite}'s own .deb`,
        );

        const fetched = await fetchLockedDebs({
          lockfile: locked.lockfile,
          architecture,
          cacheDir: CACHE,
          outDir: await mkdtemp(join(tmpdir(), "ia-suite-debs-")),
        });
        const deb = fetched.debs.find((item) => item.name === chosen.name);
        assert.ok(deb, `${chosen.name} fetched`);
        const fields = await mustExec("dpkg-deb", ["-f", deb.path, "Package", "Version"]);
        assert.equal(fields.stdout, `Package: ${chosen.name}\nVersion: ${chosen.version}\n`);
      });
    }
  }
});
