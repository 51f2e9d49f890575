// The distroless-like base fixture is what it claims to be, judged by crane, tar and cosign rather
// than by our own code: for amd64 and arm64, the flattened image holds the Debian packages' files,
// one status.d stanza (plus md5sums) per package naming the right architecture, distroless's users,
// a bookworm os-release and the CA bundle; the debug flavour adds a static busybox of the right
// architecture at /busybox/busybox; and cosign verifies the index with the fixture's key.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { lstat, mkdtemp, readdir, readFile, readlink, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { cosignVerify } from "../support/cosign.ts";
import { buildDistrolessBase, crane, DISTROLESS_PACKAGES, type DistrolessBase } from "../support/distroless-base.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

/** ELF e_machine values: what a binary was built for, read from its header. */
const ELF_MACHINE: Record<string, number> = { amd64: 0x3e, arm64: 0xb7 };

/** `crane export` flattens the image's layers (whiteouts applied); tar unpacks it for reading. */
async function exportRootfs(registry: TestRegistry, ref: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ia-distroless-export-"));
  const tarball = join(dir, "image.tar");
  await crane(registry, ["export", ref, tarball]);
  await promisify(execFile)("tar", ["-xf", tarball, "-C", dir, "--no-same-owner"]);
  await rm(tarball);
  return dir;
}

function controlField(stanza: string, name: string): string | undefined {
  return new RegExp(`^${name}: (.*)$`, "m").exec(stanza)?.[1];
}

for (const flavour of ["base", "debug"] as const) {
  describe(`distroless-like ${flavour} fixture`, () => {
    let registry: TestRegistry;
    let image: DistrolessBase;
    const exported = new Map<string, string>();
    before(async () => {
      registry = await startRegistry();
      image = await buildDistrolessBase(registry, `distroless/${flavour}`, { flavour });
      for (const child of image.children)
        exported.set(child.debianArchitecture, await exportRootfs(registry, child.ref));
    });
    after(async () => {
      await registry.stop();
      for (const dir of exported.values()) await rm(dir, { recursive: true, force: true });
    });

    it("is an index with one linux image per architecture, each named in the index by platform", async () => {
      const index = JSON.parse(await crane(registry, ["manifest", image.ref])) as {
        manifests: Array<{ digest: string; platform: { os: string; architecture: string } }>;
      };
      assert.deepEqual(
        index.manifests.map((entry) => `${entry.platform.os}/${entry.platform.architecture}@${entry.digest}`),
        image.children.map((child) => `${child.platform}@${child.digest}`),
      );
      assert.deepEqual(
        image.children.map((child) => child.debianArchitecture),
        ["amd64", "arm64"],
      );
    });

    for (const arch of ["amd64", "arm64"]) {
      it(`${arch}: status.d has one control stanza and md5sums per package, and nothing else`, async () => {
        const root = exported.get(arch) as string;
        const child = image.children.find((entry) => entry.debianArchitecture === arch);
        assert.ok(child);
        const statusDir = join(root, "var/lib/dpkg/status.d");
        const expectedFiles = DISTROLESS_PACKAGES.flatMap((name) => [name, `${name}.md5sums`]).sort();
        assert.deepEqual((await readdir(statusDir)).sort(), expectedFiles);
        await assert.rejects(lstat(join(root, "var/lib/dpkg/status")), { code: "ENOENT" });
        for (const pkg of child.packages) {
          const stanza = await readFile(join(statusDir, pkg.name), "utf8");
          assert.equal(controlField(stanza, "Package"), pkg.name);
          assert.equal(controlField(stanza, "Version"), pkg.version);
          assert.equal(controlField(stanza, "Architecture"), pkg.architecture);
          assert.ok(["all", arch].includes(pkg.architecture), `${pkg.name} is ${pkg.architecture}`);
        }
        assert.deepEqual(child.packages.map((pkg) => pkg.name).sort(), [...DISTROLESS_PACKAGES].sort());
      });

      it(`${arch}: the packages' files, distroless's users, a bookworm os-release and the CA bundle`, async () => {
        const root = exported.get(arch) as string;
        const libc = await readFile(join(root, `lib/${arch === "amd64" ? "x86_64" : "aarch64"}-linux-gnu/libc.so.6`));
        assert.equal(libc.readUInt16LE(18), ELF_MACHINE[arch]);
        assert.ok((await lstat(join(root, "usr/share/zoneinfo/Europe/Berlin"))).isFile());
        assert.ok((await lstat(join(root, "etc/services"))).isFile(), "netbase's /etc/services");
        assert.equal(await readlink(join(root, "etc/os-release")), "../usr/lib/os-release");
        const osRelease = await readFile(join(root, "usr/lib/os-release"), "utf8");
        assert.match(osRelease, /^VERSION_CODENAME=bookworm$/m);
        const passwd = await readFile(join(root, "etc/passwd"), "utf8");
        assert.match(passwd, /^root:x:0:0:/m);
        assert.match(passwd, /^nobody:x:65534:65534:/m);
        assert.match(passwd, /^nonroot:x:65532:65532:nonroot:\/home\/nonroot:/m);
        assert.match(await readFile(join(root, "etc/group"), "utf8"), /^nonroot:x:65532:$/m);
        const bundle = await readFile(join(root, "etc/ssl/certs/ca-certificates.crt"), "utf8");
        assert.ok((bundle.match(/BEGIN CERTIFICATE/g) ?? []).length > 100, "the Mozilla bundle");
      });

      it(`${arch}: ${flavour === "debug" ? "a static busybox for this architecture at /busybox" : "no busybox and no shell"}`, async () => {
        const root = exported.get(arch) as string;
        if (flavour === "debug") {
          const busybox = await readFile(join(root, "busybox/busybox"));
          assert.equal(busybox.subarray(0, 4).toString("latin1"), "\x7fELF");
          assert.equal(busybox.readUInt16LE(18), ELF_MACHINE[arch]);
          assert.equal(await readlink(join(root, "busybox/sh")), "busybox");
        } else {
          await assert.rejects(lstat(join(root, "busybox")), { code: "ENOENT" });
          await assert.rejects(lstat(join(root, "bin/sh")), { code: "ENOENT" });
        }
      });
    }

    it("image config carries the platform, PATH and SSL_CERT_FILE", async () => {
      for (const child of image.children) {
        const config = JSON.parse(await crane(registry, ["config", child.ref])) as {
          os: string;
          architecture: string;
          config: { Env: string[] };
        };
        assert.equal(`${config.os}/${config.architecture}`, child.platform);
        assert.ok(config.config.Env.includes("SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt"));
        assert.equal(
          config.config.Env.some((entry) => entry.endsWith(":/busybox")),
          flavour === "debug",
        );
      }
    });

    it("cosign verifies the index with the fixture's public key", async () => {
      const result = await cosignVerify(2, image.ref, image.publicKeyFile, [registry]);
      assert.equal(result.code, 0, result.stderr);
      const payloads = JSON.parse(result.stdout) as Array<{
        critical: { image: { "docker-manifest-digest": string } };
      }>;
      assert.equal(payloads[0]?.critical.image["docker-manifest-digest"], image.digest);
    });
  });
}
