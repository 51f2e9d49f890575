/**
 * The time a `{snapshot}` placeholder in a source URL names (issue 25), so that a nightly's archive
 * state is itself pinned and recorded: `https://snapshot.debian.org/archive/debian/{snapshot}`
 * becomes `…/archive/debian/20261201T000000Z`, and the lock records that URL. snapshot.debian.org
 * names its states `YYYYMMDDTHHMMSSZ` (UTC) and serves, for any such time, the archive as it was
 * at the last import before it.
 *
 * By default the time is the start of the current day in UTC, not the current second: every job,
 * platform and retry of one day then resolves against the same archive state (a retry locks the
 * same bytes), and the URL says which day it was.
 */
import { DebianError } from "./errors.ts";

const SNAPSHOT_FORM = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const DATE_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
/** RFC 3339 §5.6 date-time, its zone required (a time without one is ambiguous across runners). */
const RFC3339_FORM = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** `YYYYMMDDTHHMMSSZ` in UTC, as snapshot.debian.org names its states; fractions of a second dropped. */
export function formatSnapshotTime(time: Date): string {
  return time
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
}

/** The start (00:00:00 UTC) of `time`'s day: what `{snapshot}` names when no time is given. */
export function snapshotDayOf(time: Date): Date {
  return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
}

/**
 * A time as a user gives it: `20261201T000000Z` (snapshot.debian.org's form), `2026-12-01` (that
 * day, 00:00 UTC) or an RFC 3339 date-time with its zone (`2026-12-01T06:00:00Z`,
 * `2026-12-01T08:00:00+02:00`). Anything else, or a date that does not exist, is one line naming
 * `name` and the value.
 */
export function parseSnapshotTime(text: string, name: string): Date {
  const value = text.trim();
  const fail = (): never => {
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    throw new DebianError(
      `${name} ${shown}: expected a time as YYYYMMDDTHHMMSSZ, YYYY-MM-DD or RFC 3339 with its zone (2026-12-01T06:00:00Z)`,
    );
  };
  let parts: number[];
  let offsetMinutes = 0;
  let milliseconds = 0;
  const snapshot = SNAPSHOT_FORM.exec(value);
  const date = DATE_FORM.exec(value);
  const rfc3339 = RFC3339_FORM.exec(value);
  if (snapshot) parts = snapshot.slice(1, 7).map(Number);
  else if (date) parts = [...date.slice(1, 4).map(Number), 0, 0, 0];
  else if (rfc3339) {
    parts = rfc3339.slice(1, 7).map(Number);
    milliseconds = Math.floor(Number(`0${rfc3339[7] ?? ""}`) * 1000);
    const zone = (rfc3339[8] as string).toUpperCase();
    if (zone !== "Z") {
      const sign = zone.startsWith("-") ? -1 : 1;
      const [hours, minutes] = zone.slice(1).split(":").map(Number) as [number, number];
      if (hours > 23 || minutes > 59) fail();
      offsetMinutes = sign * (hours * 60 + minutes);
    }
  } else return fail();
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  // Date.UTC rolls 2026-02-30 over into March: a field out of range is refused instead.
  const utc = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (
    utc.getUTCFullYear() !== year ||
    utc.getUTCMonth() !== month - 1 ||
    utc.getUTCDate() !== day ||
    utc.getUTCHours() !== hour ||
    utc.getUTCMinutes() !== minute ||
    utc.getUTCSeconds() !== second
  )
    fail();
  return new Date(utc.getTime() + milliseconds - offsetMinutes * 60_000);
}
