/**
 * Debian's own tools as the judge of our resolver, and as the benchmark's peer: this machine's apt
 * sources (read from /etc/apt at run time, so no archive host is written anywhere in the project),
 * and apt-get run against a private root (`-o Dir=`) with a dpkg status file of our choosing, so it
 * resolves on top of exactly the installed set our resolver sees.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ExecResult, execTool, mustExec } from "./exec.ts";

export interface AptSource {
  url: string;
  suites: string[];
  components: string[];
  signedBy?: string;
}

/**
 * The `deb` sources this machine's apt uses, as sources.list(5) has apt read them: one-line entries
 * in `/etc/apt/sources.list` and `sources.list.d/*.list`, deb822 paragraphs in `sources.list.d/*.sources`
 * (other file names are ignored, as apt ignores them; `Enabled: no` paragraphs are skipped).
 */
export async function machineAptSources(): Promise<AptSource[]> {
  const sources: AptSource[] = [];
  const dir = "/etc/apt/sources.list.d";
  const names = (await readdir(dir).catch(() => [] as string[])).sort();
  const files = names.filter((name) => name.endsWith(".sources"));
  for (const file of files) {
    const text = await readFile(join(dir, file), "utf8");
    for (const paragraph of text.split(/\n\s*\n/)) {
      const fields = new Map<string, string>();
      for (const line of paragraph.split("\n")) {
        const match = /^([A-Za-z-]+):\s*(.*)$/.exec(line);
        if (match) fields.set((match[1] as string).toLowerCase(), (match[2] as string).trim());
      }
      if (!(fields.get("types") ?? "").split(/\s+/).includes("deb")) continue;
      if (fields.get("enabled")?.toLowerCase() === "no") continue;
      for (const url of (fields.get("uris") ?? "").split(/\s+/).filter(Boolean)) {
        sources.push({
          url: url.replace(/\/+$/, ""),
          suites: (fields.get("suites") ?? "").split(/\s+/).filter(Boolean),
          components: (fields.get("components") ?? "main").split(/\s+/).filter(Boolean),
          ...(fields.get("signed-by") ? { signedBy: fields.get("signed-by") as string } : {}),
        });
      }
    }
  }
  const lists = [
    "/etc/apt/sources.list",
    ...names.filter((name) => name.endsWith(".list")).map((name) => join(dir, name)),
  ];
  for (const file of lists) {
    for (const line of (await readFile(file, "utf8").catch(() => "")).split("\n")) {
      // `deb [option=value …] URI SUITE COMPONENT…`; a `#` starts a comment anywhere on the line.
      const match = /^deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s+([^#]+)/.exec(line.trim());
      if (!match) continue;
      const signedBy = /(?:^|\s)signed-by=(\S+)/.exec(match[1] ?? "")?.[1];
      sources.push({
        url: (match[2] as string).replace(/\/+$/, ""),
        suites: [match[3] as string],
        components: (match[4] as string).trim().split(/\s+/),
        ...(signedBy ? { signedBy } : {}),
      });
    }
  }
  if (sources.length === 0) throw new Error("this machine's apt configuration names no deb source");
  return sources;
}

/**
 * The machine's main Debian archive only: the security archive is republished several times a day,
 * and a mirror caught between its new InRelease and its new indexes fails verification (rightly,
 * as it fails apt), which would make tests flaky for a reason that is not ours.
 */
export async function machineMainArchive(): Promise<AptSource[]> {
  const sources = (await machineAptSources()).filter(
    (source) => !source.suites.some((suite) => suite.endsWith("-security")),
  );
  if (sources.length === 0)
    throw new Error("this machine's apt configuration names no Debian archive besides security");
  return sources;
}

/** `URL SUITE… components: …` lines, as debian-sources takes them. */
export function sourceLines(sources: AptSource[]): string[] {
  return sources.map((source) => `${source.url} ${source.suites.join(" ")} components: ${source.components.join(" ")}`);
}

export interface AptRoot {
  dir: string;
  run(args: string[]): Promise<ExecResult>;
}

/**
 * A private apt root for one architecture whose dpkg status is `status` (the base's installed set).
 * `apt-get update` is run once; apt's lists then live in the root, not in the machine's.
 */
export async function privateAptRoot(architecture: string, status: string, sources: AptSource[]): Promise<AptRoot> {
  const dir = await mkdtemp(join(tmpdir(), `ia-apt-${architecture}-`));
  for (const sub of [
    "etc/apt/sources.list.d",
    "etc/apt/apt.conf.d",
    "etc/apt/preferences.d",
    "var/lib/apt/lists/partial",
    "var/cache/apt/archives/partial",
    "var/lib/dpkg",
  ])
    await mkdir(join(dir, sub), { recursive: true });
  await writeFile(join(dir, "var/lib/dpkg/status"), status);
  await writeFile(
    join(dir, "etc/apt/sources.list.d/archive.sources"),
    sources
      .map((source) =>
        [
          "Types: deb",
          `URIs: ${source.url}`,
          `Suites: ${source.suites.join(" ")}`,
          `Components: ${source.components.join(" ")}`,
          `Signed-By: ${source.signedBy ?? "/usr/share/keyrings/debian-archive-keyring.gpg"}`,
        ].join("\n"),
      )
      .join("\n\n"),
  );
  const options = [
    "-o",
    `Dir=${dir}`,
    "-o",
    `Dir::State::status=${join(dir, "var/lib/dpkg/status")}`,
    "-o",
    `APT::Architecture=${architecture}`,
    "-o",
    `APT::Architectures=${architecture}`,
    "-o",
    "APT::Install-Recommends=false",
    "-o",
    "Debug::NoLocking=true",
    "-o",
    "Acquire::Languages=none",
  ];
  const root: AptRoot = {
    dir,
    run: (args) =>
      execTool("apt-get", [...options, ...args], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }),
  };
  await mustExec("apt-get", [...options, "-qq", "update"], { env: process.env });
  return root;
}

/** The packages apt would install for `packages` (simulated: `Inst name (version …)` lines). */
export async function aptWouldInstall(root: AptRoot, packages: string[]): Promise<Map<string, string>> {
  const result = await root.run(["-s", "install", "-y", ...packages]);
  if (result.code !== 0) throw new Error(`apt-get -s install failed: ${result.stderr}`);
  const chosen = new Map<string, string>();
  for (const match of result.stdout.matchAll(/^Inst (\S+?)(?::\S+)? (?:\[[^\]]*\] )?\((\S+)/gm))
    chosen.set(match[1] as string, match[2] as string);
  return chosen;
}
