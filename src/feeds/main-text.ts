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

// linkedom's document: the build has no DOM library, so name its type rather than the DOM's.
type Page = ReturnType<typeof parseHTML>['document'];

function meta(document: Page, selector: string, attr = 'content'): string | undefined {
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
  const canonicalHref = meta(document, 'link[rel="canonical"]', 'href');
  let canonical: string | undefined;
  try {
    canonical = canonicalHref === undefined ? undefined : new URL(canonicalHref, pageUrl).href;
  } catch {
    canonical = undefined;
  }
  const published =
    meta(document, 'meta[property="article:published_time"]') ??
    meta(document, 'meta[name="date"]') ??
    meta(document, 'meta[itemprop="datePublished"]');
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return {
    text: article?.content ? htmlToText(article.content) : '',
    title: article?.title ?? undefined,
    canonical,
    published,
  };
}
