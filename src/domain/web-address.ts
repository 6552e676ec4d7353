import { z } from 'zod';

// RFC 3986 allows these characters as they are; anything else in a URI is percent-encoded.
const NOT_URI = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/g;
const utf8 = new TextEncoder();
const hex = (b: number): string => `%${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A web address in its URI form: characters a URI may not hold (letters of other scripts, spaces,
 * a `%` that starts no escape) are percent-encoded as UTF-8, and nothing else changes. A browser
 * shows the same page for both forms, and a strict client (JSON Schema `format: uri`) accepts this one.
 */
export function uriForm(url: string): string {
  return url.replace(NOT_URI, (s) => Array.from(utf8.encode(s), hex).join(''));
}

/** An http(s) address, kept in its URI form (see `uriForm`) however it was written in the input. */
export const SourceUrl = z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).overwrite(uriForm);
