import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { languageDir } from './language.js';
import { loadPatterns } from './patterns.js';
import { leadingLiterals, TriggerIndex } from './trigger-index.js';

describe('leadingLiterals()', () => {
  it('expands alternations and optional words, and stops where the literal ends', () => {
    expect(leadingLiterals('\\b(?:froze|freez(?:e|es))\\b')).toEqual(['froze', 'freeze', 'freezes']);
    expect(leadingLiterals('\\b(?:declared)\\s+(?:its\\s+)?intention')).toEqual(['declared its intention', 'declared intention']);
    expect(leadingLiterals('\\battack(?:ed|s)?\\b')).toEqual(['attacked', 'attacks', 'attack']);
  });
  it('refuses a trigger that may start with any word', () => {
    expect(leadingLiterals('\\b\\w+\\s+drills')).toBeUndefined();
  });
});

describe('TriggerIndex', () => {
  const { rules, index } = loadPatterns(languageDir(loadPack().alliance, 'en'));
  it('names a rule wherever its trigger matches a sentence (never skips a real match)', () => {
    const sentences = [
      'Kyrgyzstan called off the CSTO drills.',
      'Armenia is “freezing” its participation in the bloc.',
      'Tajik forces shelled border posts.',
      'At the request of Kazakhstan, the bloc sent troops.',
      "Armenia's requests for help were not met.",
      'Belarus voted against the resolution.',
    ];
    for (const s of sentences) {
      const text = `Filler first. ${s} Filler last.`;
      const split = ['Filler first.', s, 'Filler last.'];
      const starts = [0, 14, 15 + s.length];
      const got = index.perSentence(text, split, starts)[1]!;
      for (const r of rules) {
        r.triggerRe.lastIndex = 0;
        if (r.triggerRe.test(s)) expect(got, `${r.id} on ${s}`).toContain(r);
      }
      expect(index.candidates(s)).toEqual(got);
    }
  });
  it('keeps the whitespace a stem ends in, so "open\\s+" is no hit on "opening"', () => {
    expect(leadingLiterals('\\bopen(?:ed)?\\s+(?:\\w+\\s+){0,4}fire')).toEqual(['opened ', 'open ']);
    const idx = new TriggerIndex([{ t: '\\bopen(?:ed)?\\s+(?:\\w+\\s+){0,4}fire' }], (r) => r.t);
    expect(idx.candidates('Museums extended their opening hours.')).toEqual([]);
    expect(idx.hits('museums opened\u2009fire, and will open fire.').at).toEqual([8, 30]);
  });
  it('runs no rule on a sentence without any trigger word', () => {
    const idx = new TriggerIndex([{ t: '\\bcancel' }], (r) => r.t);
    expect(idx.candidates('Wheat prices fell after a record harvest.')).toEqual([]);
  });
});
