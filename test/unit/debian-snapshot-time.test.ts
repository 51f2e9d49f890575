// The `{snapshot}` placeholder of debian-sources URLs (issue 25): a time given as snapshot.debian.org
// writes it, as a date, or as RFC 3339 with its zone reads as that instant, and any other text
// (hostile ones included) is refused in one line naming the option; a time written back reads as
// itself; the default is the start of the day in UTC; a source URL's `{snapshot}` is filled with
// the time, and the filled URL is what the archive client judges signatures by (snapshotDate);
// a placeholder with no time, or a misspelt one, is refused naming the line.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  DebianError,
  formatSnapshotTime,
  parseSnapshotTime,
  parseSources,
  snapshotDate,
  snapshotDayOf,
} from "@image-actions/debian";
import fc from "fast-check";

const OPTION = "--snapshot-time";

describe("snapshot times", () => {
  // Each form against the instant Date.parse (an independent reading of ISO 8601) gives.
  const forms: Array<[string, string]> = [
    ["20261201T000000Z", "2026-12-01T00:00:00Z"],
    ["20240229T235959Z", "2024-02-29T23:59:59Z"],
    ["2026-12-01", "2026-12-01T00:00:00Z"],
    ["2026-12-01T06:30:00Z", "2026-12-01T06:30:00Z"],
    ["2026-12-01t06:30:00z", "2026-12-01T06:30:00Z"],
    ["2026-12-01 06:30:00Z", "2026-12-01T06:30:00Z"],
    ["2026-12-01T08:30:00+02:00", "2026-12-01T08:30:00+02:00"],
    ["2026-11-30T21:00:00-05:00", "2026-11-30T21:00:00-05:00"],
    ["2026-12-01T06:30:00.999Z", "2026-12-01T06:30:00.999Z"],
    ["  20261201T000000Z\n", "2026-12-01T00:00:00Z"],
  ];
  for (const [text, iso] of forms)
    it(`reads ${JSON.stringify(text)} as ${iso}`, () =>
      assert.equal(parseSnapshotTime(text, OPTION).getTime(), Date.parse(iso)));

  const refused = [
    "",
    "today",
    "20261201",
    "20261201T000000",
    "20261301T000000Z",
    "20260230T000000Z",
    "20261201T240000Z",
    "20261201T236000Z",
    "2026-12-01T06:30:00",
    "2026-12-01T06:30Z",
    "2026-12-01T06:30:00+24:00",
    "2026-12-01T06:30:00+02:60",
    "1733011200",
    "0099-01-01",
    "2026-12-01T00:00:00Z; rm -rf /",
    "2026-12-01\nT00:00:00Z",
    "\u001b[31m20261201T000000Z",
    "9".repeat(10_000),
  ];
  for (const text of refused)
    it(`refuses ${JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text)} in one line naming the option`, () =>
      assert.throws(
        () => parseSnapshotTime(text, OPTION),
        (error: Error) =>
          error instanceof DebianError &&
          error.message.startsWith(`${OPTION} `) &&
          !error.message.includes("\n") &&
          error.message.length < 200,
      ));

  it("writes any instant as snapshot.debian.org names it, and reads it back to the same second", () =>
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
        (time) => {
          const written = formatSnapshotTime(time);
          assert.match(written, /^\d{8}T\d{6}Z$/);
          assert.equal(parseSnapshotTime(written, OPTION).getTime(), Math.floor(time.getTime() / 1000) * 1000);
        },
      ),
    ));

  it("takes the start of the day in UTC by default, whatever the hour", () =>
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (time) => {
          const day = snapshotDayOf(time);
          assert.equal(day.toISOString().slice(0, 10), time.toISOString().slice(0, 10));
          assert.equal(formatSnapshotTime(day).slice(8), "T000000Z");
          assert.ok(time.getTime() - day.getTime() >= 0 && time.getTime() - day.getTime() < 86_400_000);
        },
      ),
    ));
});

describe("{snapshot} in debian-sources lines", () => {
  const line = "https://snapshot.debian.org/archive/debian/{snapshot} {codename} {codename}-updates";
  const time = new Date("2026-12-01T06:30:15.250Z");

  it("is filled with the time, and the filled URL is the snapshot judged at that second", () => {
    const [source] = parseSources([line], { codename: "bookworm", snapshot: time });
    assert.deepEqual(source, {
      url: `https://snapshot.debian.org/archive/debian/${formatSnapshotTime(time)}`,
      suites: ["bookworm", "bookworm-updates"],
      components: ["main"],
    });
    assert.equal(snapshotDate(source?.url as string)?.getTime(), Math.floor(time.getTime() / 1000) * 1000);
  });

  it("leaves lines without it as they are", () => {
    const plain = "https://snapshot.debian.org/archive/debian/20261201T000000Z bookworm";
    assert.deepEqual(parseSources([plain], { snapshot: time }), parseSources([plain]));
  });

  const refusedLines: Array<[string, Date | undefined, RegExp]> = [
    [line, undefined, /\{snapshot\} needs a time to fill it/],
    ["https://snapshot.debian.org/archive/debian/{snapshots} bookworm", time, /unknown placeholder/],
    ["https://snapshot.debian.org/archive/debian/{date} bookworm", time, /unknown placeholder/],
    ["https://snapshot.debian.org/archive/debian/{snapshot bookworm", time, /unknown placeholder/],
    [
      "https://snapshot.debian.org/archive/debian/20261201T000000Z {snapshot}",
      time,
      /is not a suite or component name/,
    ],
  ];
  for (const [text, snapshot, why] of refusedLines)
    it(`refuses ${JSON.stringify(text)}${snapshot ? "" : " with no time given"}, naming the line`, () =>
      assert.throws(
        () => parseSources([text], { codename: "bookworm", snapshot }),
        (error: Error) =>
          error instanceof DebianError &&
          why.test(error.message) &&
          error.message.startsWith("source ") &&
          !error.message.includes("\n"),
      ));
});
