import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText } from './html-text.js';

/** What a news page yields: its main text, and what its head says about it. */
export interface PageText {
  readonly text: string;
  readonly title: string | undefined;
  /** The page's own canonical address (`<link rel="canonical">`), when it names one. */
  readonly canonical: string | undefined;
  /** The publication day the page's metadata gives (article:published_time and the like). */
  readonly published: string | undefined;
}

function meta(document: Document, selector: string, attr = 'content'): string | undefined {
  const v = document.querySelector(selector)?.getAttribute(attr)?.trim();
  return v ? v : undefined;
}

/**
 * The main text of a news page, without navigation, teasers or comments (Mozilla's Readability over
 * a linkedom document, which evaluates no script and loads nothing). Empty text when the page has
 * no readable article.
 */
export function mainText(html: string, pageUrl: string): PageText {
  const { document } = parseHTML(html);
  const canonicalHref = meta(document as unknown as Document, 'link[rel="canonical"]', 'href');
  let canonical: string | undefined;
  try {
    canonical = canonicalHref === undefined ? undefined : new URL(canonicalHref, pageUrl).href;
  } catch {
    canonical = undefined;
  }
  const published =
    meta(document as unknown as Document, 'meta[property="article:published_time"]') ??
    meta(document as unknown as Document, 'meta[name="date"]') ??
    meta(document as unknown as Document, 'meta[itemprop="datePublished"]');
  const article = new Readability(document as unknown as Document).parse();
  return {
    text: article?.content ? htmlToText(article.content) : '',
    title: article?.title ?? undefined,
    canonical,
    published,
  };
}
