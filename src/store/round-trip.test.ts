import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodedEvent, ImportEvent } from '../domain/index.js';
import { DEFAULT_PACK_DIR } from '../data/index.js';
import type { SourceLine } from './import-lines.js';
import { openStore, type Store } from './store.js';

// Small pools, so that generated records often describe the same act and the merge rule is exercised.
const DATES = ['2020-03', '2020-03-05', '2020-03-06', '2020-04-01'];
const URLS = ['https://example.org/a', 'https://example.org/b', 'https://example.org/c'];

const record = fc
  .record({
    kind: fc.constantFrom('clash', 'exercise.held'),
    id: fc.option(fc.constantFrom('x1', 'x2', 'x3'), { nil: undefined }),
    date: fc.constantFrom(...DATES),
    detail: fc.option(fc.constantFrom('Alpha', 'Beta'), { nil: undefined }),
    place: fc.option(fc.constantFrom('Vorukh', 'Batken'), { nil: undefined }),
    source: fc.constantFrom(...URLS),
    more: fc.subarray(URLS),
    summary: fc.constantFrom('One.', 'Two.'),
    origin: fc.option(fc.constant({ kind: 'reviewed' as const, reviewer: 'ana', at: '2020-05-01T00:00:00.000Z' }), { nil: undefined }),
  })
  .map((r) =>
    ImportEvent.parse({
      ...(r.id !== undefined ? { id: r.id } : {}),
      type: r.kind,
      actor: 'TJK',
      target: r.kind === 'clash' ? 'KGZ' : 'CSTO',
      date: r.date,
      ...(r.detail !== undefined ? { details: r.kind === 'clash' ? { fatalities: r.detail.length } : { name: r.detail } } : {}),
      ...(r.place !== undefined ? { location: { name: r.place } } : {}),
      source: r.source,
      ...(r.more.length ? { sources: r.more } : {}),
      summary: r.summary,
      ...(r.origin ? { origin: r.origin } : {}),
    }),
  );

const article = fc.record({
  id: fc.constantFrom('a1', 'a2', 'a3'),
  date: fc.constantFrom('2020-03-07', '2020-04-02'),
  url: fc.option(fc.constantFrom(...URLS), { nil: undefined }),
  text: fc.constantFrom('Text one.', 'Text two.'),
  events: fc.array(
    fc.record({ date: fc.constantFrom<string | null>(...DATES, null), confidence: fc.constantFrom(0.5, 0.9) }).map((e) =>
      CodedEvent.parse({
        article_id: 'x',
        type: 'exercise.cancelled',
        actor: 'KGZ',
        target: 'CSTO',
        evidence: 'It was cancelled.',
        ...e,
      }),
    ),
    { maxLength: 2 },
  ),
});

const step = fc.oneof(
  fc.record({ op: fc.constant('import' as const), records: fc.array(record, { minLength: 1, maxLength: 3 }) }),
  // `bloc ingest --accept`: dated events straight in, origin auto.
  fc.record({ op: fc.constant('ingest' as const), article }),
  // `bloc ingest`, then a reviewer accepts (origin reviewed, dating what the text left undated) or rejects.
  fc.record({ op: fc.constant('review' as const), accept: fc.boolean(), article }),
  fc.record({ op: fc.constant('undo' as const), pick: fc.nat() }),
);

const AT = '2020-06-01T00:00:00.000Z';

function apply(store: Store, s: fc.Arbitrary<unknown> extends never ? never : typeof step extends fc.Arbitrary<infer T> ? T : never): void {
  if (s.op === 'import') store.importEvents(s.records);
  else if (s.op === 'ingest') store.proposals.propose(s.article, s.article.events, { now: AT, accept: 'all' });
  else if (s.op === 'review') {
    const r = store.proposals.propose(s.article, s.article.events, { now: AT });
    for (const id of r.proposed.filter((p) => !r.grouped.includes(p))) {
      const p = store.proposals.get(id)!;
      if (!s.accept) store.proposals.reject(id, { by: 'bo', at: AT }, 'not an event');
      else store.proposals.accept(id, { by: 'bo', at: AT }, p.date === null ? { date: '2020-03' } : {});
    }
  } else {
    const live = store.merges().filter((m) => m.undone_as === null);
    if (live.length) store.undoMerge(live[s.pick % live.length]!.seq);
  }
}

async function* asLines(lines: readonly string[]): AsyncGenerator<SourceLine> {
  for (const [i, text] of lines.entries()) yield { file: 'export.jsonl', line: i + 1, text };
}

async function restore(lines: readonly string[]): Promise<string[]> {
  const store = openStore({ path: ':memory:', pack: false });
  const r = await store.importLines(asLines(lines), 'test');
  expect(r.problems).toEqual([]);
  const out = [...store.exportLines()];
  store.close();
  return out;
}

describe('export and import', () => {
  it('round-trip every event, origin, source, provenance, merge and review byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const store = openStore({ path: ':memory:', pack: false });
        for (const s of steps) apply(store, s);
        const first = [...store.exportLines()];
        store.close();
        const second = await restore(first);
        // Only the header (its export date) may differ.
        expect(second.slice(1)).toEqual(first.slice(1));
        expect(JSON.parse(first[0]!)).toEqual({ bloc_export: { pack_version: null, exported_at: expect.any(String) } });
      }),
      { numRuns: 60, seed: 13 },
    );
  });

  it('restores the pack store too: curated events stay curated and imported ones keep their origin', async () => {
    const store = openStore({ path: ':memory:', pack: DEFAULT_PACK_DIR });
    store.importEvents([
      ImportEvent.parse({ type: 'clash', actor: 'TJK', target: 'KGZ', date: '2025-03-05', source: 'article:z9', summary: 'A.' }),
    ]);
    const first = [...store.exportLines()];
    store.close();
    const b = openStore({ path: ':memory:', pack: DEFAULT_PACK_DIR });
    await b.importLines(asLines(first), 'test');
    const second = [...b.exportLines()];
    expect(second.slice(1)).toEqual(first.slice(1));
    expect(b.events().filter((e) => e.origin?.kind === 'imported')).toHaveLength(1);
    expect(b.merges()).toEqual([]);
    b.close();
  });
});
