/** WWW-Authenticate challenges (RFC 9110 §11.6.1) as registries send them: Basic or Bearer. */

export interface Challenge {
  scheme: "basic" | "bearer";
  params: Record<string, string>;
}

/**
 * Parse the first Basic or Bearer challenge. Parameter values may be quoted and contain commas
 * (`scope="repository:a:pull,push"`), so this is a small tokenizer, not a split on commas.
 */
export function parseChallenge(header: string | undefined): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const scheme = (match[1] as string).toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return undefined;
  const params: Record<string, string> = {};
  const text = match[2] as string;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /[\s,]/.test(text[i] as string)) i++;
    const keyMatch = /^([\w-]+)\s*=\s*/.exec(text.slice(i));
    if (!keyMatch) break;
    const key = (keyMatch[1] as string).toLowerCase();
    i += keyMatch[0].length;
    let value = "";
    if (text[i] === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        value += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ",") value += text[i++];
      value = value.trim();
    }
    params[key] = value;
  }
  return { scheme, params };
}
