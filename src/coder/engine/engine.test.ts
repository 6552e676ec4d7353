import { describe, expect, it } from 'vitest';
import { Lexicon, RulesFile, TokenEngine, type Analyser, type MentionSpan } from './index.js';

// A toy language: words split on spaces, a plural -s, and a fixed POS table standing in for the NLP.
const POS: Record<string, string> = { shelled: 'VERB', shells: 'NOUN', fired: 'VERB' };
const toy: Analyser = {
  language: 'xx',
  tokenize: (s) => [...s.matchAll(/[\w']+|[^\s\w]/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length })),
  forms: (l) => [l, `${l}s`, `${l}ed`, `${l}led`],
  analyse: (_s, tokens) => {
    for (const t of tokens) if (!t.actor) t.pos = POS[t.lower] ?? 'X';
  },
};
const lexicon = new Lexicon(
  {
    clause_break: { why: 'test', entries: [';', 'but'] },
    negation: { why: 'test', entries: ['not', 'deny'] },
    modality: { why: 'test', entries: ['will'] },
    attack: { why: 'test', entries: ['shell', 'open fire'] },
    force: { why: 'test', entries: ['force', 'troop'] },
    from: { why: 'test', entries: ['from', 'of'] },
  },
  toy,
);
const rules = RulesFile.parse({
  phrases: [{ id: 'force-from', kind: 'forces', pattern: [{ class: 'force' }, { class: 'from' }, { actor: 'any', slot: 'a' }] }],
  rules: [
    {
      id: 'attack',
      type: 'clash',
      pattern: [
        { actor: 'agent', slot: 'actor' },
        { gap: [0, 3] },
        { class: 'attack', pos: 'VERB', trigger: true },
        { gap: [0, 3] },
        { actor: 'any', slot: 'target' },
      ],
      actor: { slot: 'actor' },
      target: { slot: 'target' },
      modality: 'forbidden',
      confidence: 0.5,
    },
  ],
});
const engine = new TokenEngine(rules, lexicon, toy);
const state = (code: string, start: number, end: number): MentionSpan => ({
  start,
  end,
  actor: { codes: [code], kind: 'state', state: true, modifier: false, speaker: false },
});
const named = (s: string, ...names: [string, string][]): MentionSpan[] =>
  names.map(([name, code]) => state(code, s.indexOf(name), s.indexOf(name) + name.length));

function run(s: string, mentions: MentionSpan[], analysed = true): string[] {
  const tokens = engine.tokens(s, mentions);
  if (analysed) toy.analyse(s, tokens);
  return engine
    .match(s, tokens, engine.rules, () => false)
    .map((m) => {
      const a = m.slots.get('actor')?.actor?.codes.join('+');
      const t = m.slots.get('target')?.actor?.codes.join('+');
      return `${a}->${t} "${s.slice(m.start, m.end)}"`;
    });
}

describe('the token engine', () => {
  it('binds slots around a word class of one or several words', () => {
    const s = 'Alpha shelled Beta';
    expect(run(s, named(s, ['Alpha', 'AAA'], ['Beta', 'BBB']))).toEqual(['AAA->BBB "shelled"']);
    const t = 'Alpha did open fire on Beta';
    expect(lexicon.spansAt(engine.tokens(t, []), 2, 'attack')).toEqual([2]);
  });
  it('merges an actor phrase into one actor token ("troops from X")', () => {
    const s = 'troops from Alpha shelled Beta';
    expect(run(s, named(s, ['Alpha', 'AAA'], ['Beta', 'BBB']))).toEqual(['AAA->BBB "shelled"']);
    expect(engine.tokens(s, named(s, ['Alpha', 'AAA']))[0]!.actor?.kind).toBe('forces');
  });
  it('never lets a gap cross a clause break or skip an acting actor', () => {
    const s = 'Alpha spoke ; Gamma shelled Beta';
    expect(run(s, named(s, ['Alpha', 'AAA'], ['Gamma', 'GGG'], ['Beta', 'BBB']))).toEqual(['GGG->BBB "shelled"']);
  });
  it('scopes negation and modality to the clause of the trigger', () => {
    const neg = 'Alpha did not say ; Gamma shelled Beta';
    expect(run(neg, named(neg, ['Alpha', 'AAA'], ['Gamma', 'GGG'], ['Beta', 'BBB']))).toEqual(['GGG->BBB "shelled"']);
    const own = 'Gamma will not shelled Beta';
    expect(run(own, named(own, ['Gamma', 'GGG'], ['Beta', 'BBB']))).toEqual([]);
  });
  it('passes POS tests before analysis, so the screen never rejects what the analysed pass accepts', () => {
    const s = 'Alpha shells Beta';
    const m = named(s, ['Alpha', 'AAA'], ['Beta', 'BBB']);
    expect(run(s, m, false)).toEqual(['AAA->BBB "shells"']);
    expect(run(s, m, true)).toEqual([]);
  });
  it('names the unknown word class and the rule at load', () => {
    const bad = RulesFile.parse({
      rules: [
        { id: 'x', type: 'clash', pattern: [{ class: 'nosuch', trigger: true }], actor: 'subject', target: 'object', confidence: 0.5 },
      ],
    });
    expect(() => new TokenEngine(bad, lexicon, toy)).toThrow(/rules\[0\] \(x\)\.pattern\[0\]: unknown word class "nosuch"/);
  });
});
