// The files a user looks for before trusting the repository: the licence package.json declares,
// how to report a vulnerability, how to contribute, and a changelog in keep-a-changelog form.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../support/tools.ts";

const read = (file: string) => readFile(join(repoRoot, file), "utf8");

/**
 * SHA-256 of the Apache License 2.0 text as published, with its appendix's placeholder line
 * (`Copyright [yyyy] [name of copyright owner]`) in place: our LICENSE may fill in that one line only.
 */
const APACHE_2_SHA256 = "c71d239df91726fc519c6eb72d318ec65820627232b2f796219e87dcf35d0ab4";
const APPENDIX_COPYRIGHT = /^ {3}Copyright (.*)$/m;

/** The keep-a-changelog section kinds. */
const CHANGE_KINDS = ["Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"];

describe("repository files", () => {
  it("LICENSE, SECURITY.md, CONTRIBUTING.md and CHANGELOG.md exist and are not empty", async () => {
    for (const file of ["LICENSE", "SECURITY.md", "CONTRIBUTING.md", "CHANGELOG.md"]) {
      assert.ok(existsSync(join(repoRoot, file)), `${file} exists`);
      assert.ok((await read(file)).trim().length > 200, `${file} says something`);
    }
  });

  it("LICENSE is the unmodified Apache License 2.0 text, as package.json's license says", async () => {
    const pkg = JSON.parse(await read("package.json")) as { license?: string };
    assert.equal(pkg.license, "Apache-2.0");
    const text = await read("LICENSE");
    assert.match(text, /^\s*Apache License\n\s*Version 2\.0, January 2004\n/);
    const copyright = APPENDIX_COPYRIGHT.exec(text);
    assert.ok(copyright, "the appendix's copyright line is there");
    assert.doesNotMatch(
      copyright[1] ?? "",
      /\[yyyy\]|\[name of copyright owner\]/,
      "the appendix's copyright is filled in",
    );
    const asPublished = text.replace(APPENDIX_COPYRIGHT, "   Copyright [yyyy] [name of copyright owner]");
    assert.equal(createHash("sha256").update(asPublished).digest("hex"), APACHE_2_SHA256, "only the copyright differs");
  });

  it("SECURITY.md says how to report privately and which versions are supported", async () => {
    const text = await read("SECURITY.md");
    assert.match(text, /private vulnerability reporting/i);
    assert.match(text, /## Supported versions/);
    assert.match(text, /`v1`/);
  });

  it("CONTRIBUTING.md gives the README's two commands and how dist/ is built", async () => {
    const [text, readme] = await Promise.all([read("CONTRIBUTING.md"), read("README.md")]);
    for (const command of ["bash scripts/demo.sh", "bash scripts/test.sh"]) {
      assert.ok(readme.includes(command), `the README has ${command}`);
      assert.ok(text.includes(command), `CONTRIBUTING.md has ${command}`);
    }
    assert.match(text, /npm run build/);
    assert.match(text, /npm run check-dist/);
  });

  it("CHANGELOG.md has keep-a-changelog structure: Unreleased first, then versions newest first", async () => {
    const text = await read("CHANGELOG.md");
    assert.match(text, /^# Changelog\n/);
    assert.match(text, /keepachangelog\.com/);
    const versions = [...text.matchAll(/^## (.*)$/gm)].map((match) => match[1] ?? "");
    assert.equal(versions[0], "[Unreleased]", "the first section is [Unreleased]");
    const released = versions.slice(1).map((heading) => {
      const match = /^\[(\d+)\.(\d+)\.(\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(heading);
      assert.ok(match, `"## ${heading}" is "## [X.Y.Z] - YYYY-MM-DD"`);
      return [Number(match[1]), Number(match[2]), Number(match[3])];
    });
    for (const [i, b] of released.entries()) {
      const a = released[i - 1];
      if (!a) continue;
      const newer = a.map((part, k) => part - (b[k] ?? 0)).find((difference) => difference !== 0) ?? 0;
      assert.ok(newer > 0, `${a.join(".")} comes before ${b.join(".")}`);
    }
    for (const [, kind] of text.matchAll(/^### (.*)$/gm)) {
      assert.ok(CHANGE_KINDS.includes(kind ?? ""), `"### ${kind}" is one of ${CHANGE_KINDS.join(", ")}`);
    }
  });
});
