import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCoder } from './test-helpers/default-coder.js';
import { splitSentences } from './sentences.js';

// Pieces of made-up news: alliance acts, near misses that share their trigger words, and the
// punctuation, abbreviations and line breaks the sentence splitter cares about.
const PIECES = [
  'Kazakhstan asked the CSTO for military assistance.',
  'Armenia will not take part in the CSTO drills in Belarus.',
  'Tajik forces shelled border posts in Kyrgyzstan on Monday.',
  "The striker's attack down the left wing gave Minsk a hard game.",
  'Museums in Yerevan opened late.',
  'A chess olympiad was held in Astana.',
  'Training camps started in Bishkek.',
  'Kyrgyzstan called off the CSTO exercises',
  'Belarus voted against the resolution.',
  'Russia and China held joint drills',
  'Gen. Petrov said',
  'the U.S. envoy',
  'in Oct. 2022',
  'It did not.',
  'they were to be held',
  '"Why?" he asked.',
  ' ',
  '  ',
  '. ',
  '! ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  'and',
  'the bloc',
  'announced its intention to withdraw from the CSTO',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(' '));
const messy = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 30 }).map((xs) => xs.join(''));

describe('the screen', () => {
  it('relies on a fact of the splitter: a text splits into the sentences of its lines', () => {
    fc.assert(
      fc.property(fc.oneof(texts, messy), (text) => {
        expect(text.split('\n').flatMap((line) => splitSentences(line))).toEqual(splitSentences(text));
      }),
      { numRuns: 500 },
    );
  });

  it('changes no output: the coder with the screen codes exactly what it codes without', () => {
    const screened = defaultCoder();
    const full = defaultCoder({ screen: false });
    fc.assert(
      fc.property(fc.oneof(texts, messy), (text) => {
        const article = { id: 'p', date: '2022-10-21', text };
        expect(screened.code(article)).toEqual(full.code(article));
      }),
      { numRuns: 300 },
    );
  });

  it('skips an article whose trigger words all fall in other contexts', () => {
    const full = defaultCoder({ screen: false });
    const text = "The striker's attack down the left wing gave Minsk a hard game.\nA chess olympiad was held in Astana.";
    expect(defaultCoder().code({ id: 'f', date: '2022-10-21', text })).toEqual([]);
    expect(full.code({ id: 'f', date: '2022-10-21', text })).toEqual([]);
  });
});
