import { describe, expect, it } from 'vitest';
import { englishForms } from './english-forms.js';
import { englishAnalyser } from './english.js';
import type { Token } from '../engine/index.js';

describe('the English analyser', () => {
  it('makes regular and irregular forms of a lemma', () => {
    expect(englishForms('shell')).toEqual(expect.arrayContaining(['shells', 'shelled', 'shelling']));
    expect(englishForms('strike')).toEqual(expect.arrayContaining(['strikes', 'struck', 'striking']));
    expect(englishForms('ask')).toEqual(expect.arrayContaining(['asked', 'asks', 'asking']));
    expect(englishForms('plan')).toEqual(expect.arrayContaining(['planned', 'planning']));
    expect(englishForms('freeze')).toEqual(expect.arrayContaining(['froze', 'frozen', 'freezing']));
  });
  it('splits clitics and keeps initials and hyphenated words whole', () => {
    const words = englishAnalyser.tokenize("The U.S. didn't back Armenia's fact-finding team.").map((t) => t.text);
    expect(words).toEqual(['The', 'U.S.', 'did', "n't", 'back', 'Armenia', "'s", 'fact-finding', 'team', '.']);
  });
  it('gives lemmas and parts of speech aligned to the tokens, even for a capital that only starts the sentence', () => {
    const s = 'Forces shelled the villages.';
    const tokens: Token[] = englishAnalyser.tokenize(s).map((t) => ({
      ...t,
      lower: t.text.toLowerCase(),
      lemmas:
        t.text.toLowerCase() === 'forces'
          ? ['forces', 'force']
          : t.text.toLowerCase() === 'shelled'
            ? ['shelled', 'shell']
            : [t.text.toLowerCase()],
      pos: undefined,
      feats: undefined,
      actor: undefined,
    }));
    englishAnalyser.analyse(s, tokens);
    expect(tokens.map((t) => `${t.lemmas.join('/')}:${t.pos}`)).toEqual([
      'force:NOUN',
      'shell:VERB',
      'the:DET',
      'villages:NOUN',
      '.:PUNCT',
    ]);
  });
});
