// Outside text never starts a workflow command. A registry whose referrers answer is
// `x\n::warning::pwned` (and the legacy `##[warning]` form) in front of a real registry, met by the
// committed mirror, promote and verify-base bundles: no line they print is a command the runner would
// obey, and the step fails with one line naming what was refused. The defusing function itself holds
// for any text (fast-check) and for the runner's own line rules (table), where "blank" is what the
// runner's .NET trims — U+0085 (NEXT LINE) and the other C1/Unicode white space included, which
// JavaScript's `\s` does not all match (issue 23, item 5). The CLI, used in a `run:` step, prints
// no command either, in its errors or in its JSON.
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { neutraliseWorkflowCommands } from "@image-actions/action-kit";
import fc from "fast-check";
import { runAction } from "../support/action-runner.ts";
import { runCli } from "../support/cli.ts";
import { writeDockerConfig } from "../support/docker-config.ts";
import { pushImage, pushIndex } from "../support/images.ts";
import { startRegistry, type TestRegistry } from "../support/registry.ts";

const HOSTILE =
  "x\n::warning::pwned\n  ::add-mask::everything\r::error::crlf\n##[warning]legacy pwned\n\u0085::add-mask::nel pwned";

/**
 * The runner's white space: ActionCommand.TryParseV2 (actions/runner,
 * src/Runner.Common/ActionCommand.cs) calls .NET's `TrimStart()`, which trims what
 * `Char.IsWhiteSpace` accepts (dotnet/runtime Char.cs): U+0009–U+000D, U+0020, U+0085, U+00A0 from
 * its Latin-1 table, and above it the categories Zs, Zl and Zp. Written out, not as `\s`:
 * JavaScript's `\s` lacks U+0085 and has U+FEFF, which .NET does not trim.
 */
const DOTNET_LEADING_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\p{Zs}\p{Zl}\p{Zp}]*/u;

/** Lines the runner would read as a command: `::` first after .NET's TrimStart, or `##[` anywhere. */
function commandLines(output: string): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .filter((line) => line.replace(DOTNET_LEADING_WHITESPACE, "").startsWith("::") || line.includes("##["));
}

/** Every character .NET's Char.IsWhiteSpace accepts, and every C1 control (U+0080–U+009F). */
const DOTNET_WHITESPACE = [
  ..."\t\v\f \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000",
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
];
const C1_CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i));

/** Lines our own code emitted through @actions/core: the only commands allowed. */
const OUR_COMMANDS = /^::(error|group|endgroup|add-mask|debug)::/;

/**
 * A proxy in front of a real registry that forwards everything except referrers requests, which it
 * answers with a body carrying workflow commands, typed as the index the client asked for.
 */
async function startHostileProxy(upstream: TestRegistry): Promise<{ host: string; close(): Promise<void> }> {
  const target = new URL(upstream.url);
  const server: Server = createServer((incoming, outgoing) => {
    if (/\/referrers\//.test(incoming.url ?? "")) {
      outgoing.writeHead(200, { "content-type": "application/vnd.oci.image.index.v1+json" });
      outgoing.end(HOSTILE);
      return;
    }
    const forward = request(
      {
        host: target.hostname,
        port: target.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on("error", () => outgoing.destroy());
    incoming.pipe(forward);
  });
  await new Promise<void>((resolvePromise) => server.listen(0, "127.0.0.1", resolvePromise));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolvePromise) => server.close(() => resolvePromise())),
  };
}

describe("workflow commands from outside text", () => {
  let registry: TestRegistry;
  let destination: TestRegistry;
  let proxy: { host: string; close(): Promise<void> };
  const key = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const publicPem = key.publicKey.export({ type: "spki", format: "pem" }).toString();
  const privatePem = key.privateKey.export({ type: "pkcs8", format: "pem" }).toString();

  before(async () => {
    [registry, destination] = await Promise.all([startRegistry(), startRegistry()]);
    proxy = await startHostileProxy(registry);
    await pushIndex(registry, "org/app", "1.0.0", { layers: [512] });
  });
  after(async () => {
    await proxy.close();
    await Promise.all([registry.stop(), destination.stop()]);
  });

  const runs: Array<[string, () => Record<string, string>]> = [
    ["mirror", () => ({ source: `${proxy.host}/org/app:1.0.0`, destinations: `${destination.host}/org/app:1.0.0` })],
    [
      "promote",
      () => ({
        source: `${proxy.host}/org/app:1.0.0`,
        destinations: `${destination.host}/org/app:2.0.0`,
        "verify-key": publicPem,
        "sign-key": privatePem,
      }),
    ],
    ["verify-base", () => ({ image: `${proxy.host}/org/app:1.0.0`, key: publicPem, "ignore-tlog": "true" })],
  ];
  for (const [action, inputs] of runs) {
    it(`${action}: a referrers body carrying commands fails the step in one line and starts no command`, async () => {
      const run = await runAction(action, inputs(), { env: { RUNNER_DEBUG: "1" } });
      assert.notEqual(run.exitCode, 0, run.stdout);
      const injected = commandLines(run.stdout + run.stderr).filter((line) => !OUR_COMMANDS.test(line));
      assert.deepEqual(injected, [], run.stdout);
      for (const line of commandLines(run.stdout)) assert.doesNotMatch(line, /pwned|everything|crlf/);
      assert.equal(run.errors.length, 1, run.stdout);
      assert.doesNotMatch(run.errors[0] as string, /unexpected error/);
    });
  }

  it("the CLI, as a workflow's run step would use it: neither its errors nor its JSON start a command", async () => {
    const image = await pushImage(registry, "org/annotated", "1.0.0", {
      annotations: { note: "##[warning]legacy pwned", other: "x\n::warning::pwned" },
    });
    const env = { ...process.env, DOCKER_CONFIG: await writeDockerConfig([]) };
    const inspected = await runCli(["inspect", image.ref], env);
    assert.equal(inspected.code, 0, inspected.stderr);
    assert.deepEqual(commandLines(inspected.stdout + inspected.stderr), []);
    const parsed = JSON.parse(inspected.stdout) as { manifest: { annotations: Record<string, string> } };
    assert.equal(parsed.manifest.annotations.note, "##[warning]legacy pwned", "the data parses back unchanged");
    const copied = await runCli(["copy", `${proxy.host}/org/app:1.0.0`, `${destination.host}/cli/app:1.0.0`], env);
    assert.notEqual(copied.code, 0);
    assert.deepEqual(commandLines(copied.stdout + copied.stderr), [], copied.stdout + copied.stderr);
  });
});

describe("neutraliseWorkflowCommands", () => {
  it("defuses each form the runner obeys and leaves other text as it reads", () => {
    const cases: Array<[string, string]> = [
      ["::warning::pwned", ": :warning::pwned"],
      ["  ::add-mask::x", "  : :add-mask::x"],
      ["a\n::error::b", "a\n: :error::b"],
      ["a\r::error::b", "a\n: :error::b"],
      ["a\r\n\t::group::b", "a\n\t: :group::b"],
      ["text ##[warning]x", "text ## [warning]x"],
      ["\u0085::add-mask::x", "\\u0085: :add-mask::x"],
      ["a\n\u0085 \u2028::warning::b", "a\n\\u0085 \\u2028: :warning::b"],
      ["\u00a0\u3000\u2003::error::x", "\u00a0\u3000\u2003: :error::x"],
      ["\u009b\u001c::stop-commands::x", "\\u009b\\u001c: :stop-commands::x"],
      ["\ufeff::debug::x", "\\ufeff: :debug::x"],
      ["sha256:abc and host::port", "sha256:abc and host::port"],
      [": not a command", ": not a command"],
      ["", ""],
    ];
    for (const [input, expected] of cases) assert.equal(neutraliseWorkflowCommands(input), expected, input);
  });

  it("leaves no line of any text able to start a command", () => {
    const blank = fc.constantFrom(...DOTNET_WHITESPACE, ...C1_CONTROLS);
    const pieces = fc
      .array(
        fc.oneof(
          fc.string(),
          fc.string({ unit: blank, minLength: 1, maxLength: 4 }),
          fc.constantFrom("::", "##[", "\n", "\r", "\r\n", " ", "\t", "warning", ":"),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join(""));
    // Lines that open with a run of runner white space and C1 controls, then (mostly) `::`.
    const line = fc
      .tuple(fc.string({ unit: blank, maxLength: 4 }), fc.constantFrom("::", "::", ":", "##["), fc.string())
      .map((parts) => parts.join(""));
    const lines = fc
      .array(fc.tuple(line, fc.constantFrom("\n", "\r", "\r\n")), { maxLength: 6 })
      .map((pairs) => pairs.flat().join(""));
    fc.assert(
      fc.property(fc.oneof(pieces, lines), (text) => {
        assert.deepEqual(commandLines(neutraliseWorkflowCommands(text)), []);
      }),
      { numRuns: 2000 },
    );
  });
});
