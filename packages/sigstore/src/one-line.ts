/**
 * Outside text (a path, a name from a key file, a reader's error) inside a one-line error message:
 * control characters escaped — JSON escapes C0 controls but not C1 ones nor U+2028/2029, which also
 * end a line for some readers — and length bounded.
 */
export function escapeForMessage(text: string, maxLength = 200): string {
  const bounded = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return JSON.stringify(bounded)
    .slice(1, -1)
    .replace(/[\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** escapeForMessage in quotes: single for plain text, JSON's double quotes when something was escaped. */
export function quoteForMessage(text: string, maxLength = 200): string {
  const escaped = escapeForMessage(text, maxLength);
  return escaped === text ? `'${text}'` : `"${escaped}"`;
}
