import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../domain/index.js';
import { openStore } from './store.js';

const article = { id: 'a1', date: '2030-03-10', url: 'https://example.org/news/a1', text: 'Some text about an exercise.' };
const coded = (over: Partial<CodedEvent> = {}): CodedEvent =>
  ({
    article_id: 'a1',
    type: 'exercise.cancelled',
    actor: 'KGZ',
    target: 'CSTO',
    date: '2030-03',
    evidence: 'Kyrgyzstan called off the drills.',
    confidence: 0.8,
    ...over,
  }) as CodedEvent;

describe('Store.ingestArticle()', () => {
  it('stores dated events with their article and skips undated ones', () => {
    const store = openStore({ path: ':memory:', pack: false });
    const r = store.ingestArticle(article, [coded(), coded({ type: 'clash', actor: 'TJK', target: 'KGZ', date: null })]);
    expect(r).toMatchObject({ already: false, undated: 1 });
    expect(r.inserted).toHaveLength(1);
    const [e] = store.events();
    expect(e).toMatchObject({
      type: 'exercise.cancelled',
      source: 'https://example.org/news/a1',
      reported: '2030-03-10',
      summary: 'Kyrgyzstan cancelled an exercise of CSTO',
    });
    expect(store.provenance(e!.id)).toEqual([expect.objectContaining({ article_id: 'a1', evidence: 'Kyrgyzstan called off the drills.' })]);
    store.close();
  });

  it('writes nothing when the same article comes again', () => {
    const store = openStore({ path: ':memory:', pack: false });
    store.ingestArticle(article, [coded()]);
    const again = store.ingestArticle(article, [coded()]);
    expect(again.already).toBe(true);
    expect(store.countEvents()).toBe(1);
    store.close();
  });

  it('merges an event the chronicle already has instead of duplicating it', () => {
    const store = openStore({ path: ':memory:', pack: false });
    store.importEvents([
      {
        type: 'exercise.cancelled',
        actor: 'KGZ',
        target: 'CSTO',
        date: '2030-03-05',
        source: 'https://example.org/first',
        summary: 'Known.',
      } as never,
    ]);
    const r = store.ingestArticle(article, [coded()]);
    expect(r.merged).toHaveLength(1);
    expect(store.countEvents()).toBe(1);
    expect(store.events()[0]!.sources).toEqual(['https://example.org/first', 'https://example.org/news/a1']);
    store.close();
  });

  it('cites the article itself when it has no URL', () => {
    const store = openStore({ path: ':memory:', pack: false });
    const { url: _u, ...bare } = article;
    store.ingestArticle(bare, [coded()]);
    expect(store.events()[0]!.source).toBe('article:a1');
    store.close();
  });
});
