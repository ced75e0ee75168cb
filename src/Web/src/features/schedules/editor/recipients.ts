/**
 * Splits pasted text into addresses: one per line, or separated by commas or semicolons, as copied from a mail
 * client ("Ada Lovelace <ada@example.org>" keeps the name). The server checks each address.
 */
export function parseRecipients(text: string): { email: string; displayName?: string }[] {
  return text
    .split(/[\n,;]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const named = /^(.*?)\s*<([^>]+)>$/.exec(part);
      if (named) {
        const name = named[1].replace(/^"|"$/g, '').trim();
        return name ? { email: named[2].trim(), displayName: name } : { email: named[2].trim() };
      }
      return { email: part };
    });
}
