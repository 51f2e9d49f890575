/**
 * RFC 3339 timestamps from outside (trivy-db's `metadata.json`, written by Go's `time.Time`): the
 * text is taken only when it is exactly one (RFC 3339 §5.6 `date-time`: full date, `T`, time,
 * optional fraction, `Z` or a numeric offset) naming a real calendar moment. `Date.parse` alone is
 * too lenient — it reads `2024-02-30` as March 1st and takes many other forms.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** `text` when it is an RFC 3339 date-time, else undefined. */
export function rfc3339OrUndefined(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const parts = DATE_TIME.exec(text);
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = parts
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    // 60: a leap second, which RFC 3339 allows.
    second <= 60 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  return valid ? text : undefined;
}
