// Labels TextDecoder knows are many; these are the ones a declaration may spell differently.
const ALIASES: Readonly<Record<string, string>> = { cp1251: 'windows-1251', 'win-1251': 'windows-1251', 'x-cp1251': 'windows-1251' };

function supported(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const l = ALIASES[label.toLowerCase()] ?? label.toLowerCase();
  try {
    new TextDecoder(l);
    return l;
  } catch {
    return undefined;
  }
}

/** The charset a Content-Type header names, if any. */
export function headerCharset(contentType: string | null): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

/** The encoding an XML declaration or an HTML meta tag names, read from the first bytes as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * Decodes a feed's or page's bytes: a byte-order mark first, then the charset the server declared,
 * then the document's own declaration, else UTF-8. A document whose declared UTF-8 is not valid
 * UTF-8 (a server that labels everything utf-8) is read in the encoding the document declares.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  const fromHeader = supported(headerCharset(contentType));
  const fromDoc = supported(declaredCharset(bytes));
  const first = fromHeader ?? fromDoc ?? 'utf-8';
  if (first === 'utf-8' && fromDoc !== undefined && fromDoc !== 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8' };
    } catch {
      return { text: new TextDecoder(fromDoc).decode(bytes), charset: fromDoc };
    }
  }
  return { text: new TextDecoder(first).decode(bytes), charset: first };
}
