import { existsSync } from 'node:fs';
import { CliError } from './errors.js';

/** The Debian chromium the tests use; bloc never downloads a browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling out on a closed network.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The chromium to print with (--chromium, else $BLOC_CHROMIUM, else Debian's), checked before any work starts. */
export function chromiumPath(given: string | undefined): string {
  const path = given ?? process.env['BLOC_CHROMIUM'] ?? DEFAULT_CHROMIUM;
  if (!existsSync(path))
    throw new CliError(`--pdf: no chromium at ${path} (install Debian's with apt-get install chromium, or give --chromium PATH)`);
  return path;
}

/**
 * Prints a self-contained HTML page to PDF (A4) with the given chromium, driven by playwright-core.
 * Every network request the page would make is refused: the brief has none, and a PDF must not
 * depend on one.
 */
export async function htmlToPdf(html: string, chromiumPath: string): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
