// Image references normalise the way Docker does, and malformed ones fail with one line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatReference,
  InvalidInputError,
  isLoopbackRegistry,
  parseDigest,
  parsePlatform,
  parseReference,
} from "@image-actions/oci";

const D = `sha256:${"0123456789abcdef".repeat(4)}`;

describe("parseReference normalises like Docker", () => {
  const cases: Array<[string, string]> = [
    ["nginx", "docker.io/library/nginx:latest"],
    ["nginx:1.27", "docker.io/library/nginx:1.27"],
    ["library/nginx", "docker.io/library/nginx:latest"],
    ["bitnami/redis:7", "docker.io/bitnami/redis:7"],
    ["index.docker.io/library/nginx", "docker.io/library/nginx:latest"],
    ["docker.io/nginx", "docker.io/library/nginx:latest"],
    ["registry-1.docker.io/org/app:1", "docker.io/org/app:1"],
    ["localhost/app", "localhost/app:latest"],
    ["localhost:5000/team/app:v2", "localhost:5000/team/app:v2"],
    [`127.0.0.1:5000/app@${D}`, `127.0.0.1:5000/app@${D}`],
    ["public.ecr.aws/org/app:1.2.3", "public.ecr.aws/org/app:1.2.3"],
    [
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:rc1",
      "123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/app:rc1",
    ],
    [`quay.io/org/app:1.2.3@${D}`, `quay.io/org/app@${D}`],
    ["[::1]:5000/app:x", "[::1]:5000/app:x"],
    ["Quay.IO/org/app", "quay.io/org/app:latest"],
    ["a/b/c/d:e_f.g-h", "docker.io/a/b/c/d:e_f.g-h"],
  ];
  for (const [input, expected] of cases) {
    it(`${input} → ${expected}`, () => assert.equal(formatReference(parseReference(input)), expected));
  }

  it("keeps the tag alongside a digest", () => {
    const reference = parseReference(`quay.io/org/app:1.2.3@${D}`);
    assert.equal(reference.tag, "1.2.3");
    assert.equal(reference.digest, D);
  });
});

describe("malformed references, digests and platforms are one-line errors", () => {
  const bad: Array<[string, () => unknown, RegExp]> = [
    ["empty", () => parseReference(""), /empty/],
    ["whitespace", () => parseReference("nginx latest"), /whitespace/],
    ["uppercase repository", () => parseReference("docker.io/Org/App"), /lowercase/],
    ["bad tag", () => parseReference("app:-bad"), /bad tag/],
    ["tag too long", () => parseReference(`app:${"a".repeat(129)}`), /bad tag/],
    ["empty tag", () => parseReference("app:"), /bad tag/],
    ["double slash", () => parseReference("quay.io//app"), /path component/],
    ["trailing separator", () => parseReference("org/app-"), /path component/],
    ["bad port", () => parseReference("host:port/app"), /bad port|bad tag/],
    ["short digest", () => parseReference("app@sha256:abc"), /64 lowercase hex/],
    ["unknown algorithm", () => parseReference(`app@md5:${"a".repeat(32)}`), /unsupported algorithm/],
    ["uppercase digest", () => parseDigest(`sha256:${"A".repeat(64)}`), /lowercase hex/],
    ["no algorithm", () => parseDigest("a".repeat(64)), /algorithm:hex/],
    ["name too long", () => parseReference(`quay.io/${"a".repeat(260)}`), /longer than 255/],
    ["platform without arch", () => parsePlatform("linux"), /os\/architecture/],
    ["platform with spaces", () => parsePlatform("linux/ amd64"), /os\/architecture/],
    ["platform too deep", () => parsePlatform("linux/arm/v7/x"), /os\/architecture/],
  ];
  for (const [name, fn, pattern] of bad) {
    it(name, () =>
      assert.throws(fn, (error: unknown) => {
        assert.ok(error instanceof InvalidInputError, String(error));
        assert.doesNotMatch(error.message, /\n/);
        assert.match(error.message, pattern);
        return true;
      }),
    );
  }
});

describe("platforms and loopback", () => {
  it("parses os/arch/variant", () =>
    assert.deepEqual(parsePlatform("linux/arm64/v8"), { os: "linux", architecture: "arm64", variant: "v8" }));
  for (const [host, loopback] of [
    ["localhost:5000", true],
    ["127.0.0.1:1", true],
    ["127.3.2.1", true],
    ["[::1]:5000", true],
    ["10.0.0.1:5000", false],
    ["quay.io", false],
    ["localhost.example.com", false],
  ] as const) {
    it(`${host} is ${loopback ? "" : "not "}loopback`, () => assert.equal(isLoopbackRegistry(host), loopback));
  }
});
