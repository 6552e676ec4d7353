// A prose sentence: eight words or more and a closing stop. Headlines, bylines, datelines, captions
// and menu junk at the top of scraped news rarely end in a stop, so they do not take the lead's place.
const CLOSED = /[.!?]["'”’)\]]*$/;
const LEAD_SIZE = 3;

/**
 * The lead of a story: its headline and first few prose sentences, which report the news itself and so
 * happened around the article's date. Other undated sentences are background and stay undated.
 */
export function leadSentences(sentences: readonly string[], title?: string): Set<number> {
  const lead = new Set<number>();
  const seen = new Set<string>();
  const headline = title?.trim();
  let prose = 0;
  for (let i = 0; i < sentences.length; i++) {
    if (prose >= LEAD_SIZE && !headline) break;
    const s = sentences[i]!;
    // The headline, where the text repeats it, reports the news as much as the lead does.
    if (headline && s === headline) lead.add(i);
    if (seen.has(s) || prose >= LEAD_SIZE) continue;
    seen.add(s);
    if (s.split(' ').length >= 8 && CLOSED.test(s)) {
      lead.add(i);
      prose++;
    }
  }
  return lead;
}
