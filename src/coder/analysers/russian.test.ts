import { describe, expect, it } from 'vitest';
import type { Token } from '../engine/index.js';
import { russianAnalyser } from './russian.js';

const token = (text: string, start: number): Token => ({
  text,
  lower: text.toLowerCase(),
  start,
  end: start + text.length,
  lemmas: [text.toLowerCase()],
  pos: undefined,
  feats: undefined,
  actor: undefined,
});

describe('russianAnalyser', () => {
  it('tokenizes words with hyphens, numbers and punctuation', () => {
    expect(russianAnalyser.tokenize('Военно-политический блок, 2024 г.').map((t) => t.text)).toEqual([
      'Военно-политический',
      'блок',
      ',',
      '2024',
      'г',
      '.',
    ]);
  });
  it('gives every form of a lemma, with е for ё', () => {
    const forms = russianAnalyser.forms('заморозить');
    expect(forms).toEqual(expect.arrayContaining(['заморозить', 'заморозила', 'заморозили', 'замороженный', 'заморожено']));
    expect(russianAnalyser.forms('учёный')).toEqual(expect.arrayContaining(['учёного', 'ученого']));
  });
  it('sets the lemma, the part of speech and the case of each word', () => {
    const tokens = [token('Миротворцы', 0), token('покинули', 11), token('Казахстан', 20)];
    russianAnalyser.analyse('Миротворцы покинули Казахстан', tokens);
    expect(tokens.map((t) => [t.lemmas[0], t.pos, t.feats?.['Case']])).toEqual([
      ['миротворец', 'NOUN', 'Nom'],
      ['покинуть', 'VERB', undefined],
      ['казахстан', 'NOUN', 'Nom'],
    ]);
  });
});
