import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodedEvent, ImportEvent } from '../domain/index.js';
import { openStore, type Store } from './store.js';

const NOW = '2030-04-01T10:00:00.000Z';
const LATER = '2030-04-02T10:00:00.000Z';
const who = { by: 'analyst-1', at: NOW };
const article = { id: 'a1', date: '2030-03-10', url: 'https://example.org/news/a1', text: 'Kyrgyzstan called off the drills.' };
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

let store: Store;
afterEach(() => store?.close());
const fresh = () => (store = openStore({ path: ':memory:', pack: false }));
// An event the chronicle already has, then a proposal of the same act from the article: its id.
function knownThenProposed(): string {
  store.importEvents([
    {
      type: 'exercise.cancelled',
      actor: 'KGZ',
      target: 'CSTO',
      date: '2030-03-05',
      source: 'https://example.org/first',
      summary: 'Known.',
    } as ImportEvent,
  ]);
  store.proposals.propose(article, [coded()], { now: NOW });
  return store.proposals.list().proposals[0]!.id;
}

describe('proposals', () => {
  it('keeps coded events out of the chronicle until a person accepts them', () => {
    fresh();
    const r = store.proposals.propose(article, [coded()], { now: NOW });
    expect(r.proposed).toHaveLength(1);
    expect(store.countEvents()).toBe(0);
    const [p] = store.proposals.list().proposals;
    expect(p).toMatchObject({ status: 'pending', type: 'exercise.cancelled', date: '2030-03', url: article.url, reported: '2030-03-10' });
    const accepted = store.proposals.accept(p!.id, who, { summary: 'Kyrgyzstan cancelled the drills.' });
    expect(accepted.merged).toBe(false);
    expect(store.events()).toEqual([
      expect.objectContaining({
        summary: 'Kyrgyzstan cancelled the drills.',
        date: '2030-03',
        source: article.url,
        origin: { kind: 'reviewed', reviewer: 'analyst-1', at: NOW },
      }),
    ]);
    expect(store.proposals.list().total).toBe(0);
  });

  it('keeps a null date null and refuses to accept it until the reviewer gives one', () => {
    fresh();
    store.proposals.propose(article, [coded({ date: null })], { now: NOW });
    const [p] = store.proposals.list().proposals;
    expect(p!.date).toBeNull();
    expect(() => store.proposals.accept(p!.id, who, {})).toThrow(/date: the text gives no date/);
    expect(store.countEvents()).toBe(0);
    store.proposals.accept(p!.id, who, { date: '2029' });
    expect(store.events()[0]!.date).toBe('2029');
  });

  it('validates edits against the schemas, naming the field', () => {
    fresh();
    store.proposals.propose(article, [coded()], { now: NOW });
    const id = store.proposals.list().proposals[0]!.id;
    expect(() => store.proposals.accept(id, who, { type: 'un.vote', details: { vote: 'maybe' } })).toThrow(/details\.vote/);
    expect(store.proposals.get(id)!.status).toBe('pending');
  });

  it('shows the merge into an existing event and keeps the edited record', () => {
    fresh();
    const id = knownThenProposed();
    const r = store.proposals.accept(id, who, { summary: 'Edited words.' });
    expect(r.merged).toBe(true);
    expect(r.before).toMatchObject({ summary: 'Known.' });
    expect(r.added_sources).toEqual([article.url]);
    expect(store.countEvents()).toBe(1);
    expect(store.auditLog()[0]).toMatchObject({
      action: 'accepted',
      detail: { edits: { summary: 'Edited words.' }, record: expect.objectContaining({ summary: 'Edited words.' }), merged: true },
    });
  });

  it('retracts an accepted event with a reason, keeps it among the retracted, and logs it', () => {
    fresh();
    store.proposals.propose(article, [coded()], { now: NOW });
    const id = store.proposals.list().proposals[0]!.id;
    const { event } = store.proposals.accept(id, who, {});
    expect(() => store.proposals.retract(id, { by: 'lead', at: LATER }, ' ')).toThrow(/needs a reason/);
    const p = store.proposals.retract(event.id, { by: 'lead', at: LATER }, 'the drills were postponed, not cancelled');
    expect(p).toMatchObject({ status: 'retracted', decision: { by: 'lead', reason: 'the drills were postponed, not cancelled' } });
    expect(store.countEvents()).toBe(0);
    expect(store.auditLog().map((e) => [e.action, e.who])).toEqual([
      ['retracted', 'lead'],
      ['accepted', 'analyst-1'],
    ]);
    expect(store.auditLog()[0]!.detail).toMatchObject({ whole: true, event: expect.objectContaining({ type: 'exercise.cancelled' }) });
  });

  it('retracting a merge takes away only the sources it added', () => {
    fresh();
    const id = knownThenProposed();
    store.proposals.accept(id, who, {});
    expect(store.events()[0]!.sources).toHaveLength(2);
    store.proposals.retract(id, who, 'wrong article');
    expect(store.events()).toEqual([expect.objectContaining({ summary: 'Known.', source: 'https://example.org/first' })]);
    expect(store.events()[0]!.sources).toBeUndefined();
    // The merge is over: it cannot be undone into an event of its own.
    const [merge] = store.merges();
    expect(merge).toMatchObject({ into: store.events()[0]!.id, undone_as: null, undone_at: NOW });
    expect(() => store.undoMerge(merge!.seq)).toThrow(/retracted by a reviewer/);
  });

  it('will not retract an event whole while an imported record lives merged in it', () => {
    fresh();
    store.proposals.propose(article, [coded()], { now: NOW });
    const id = store.proposals.list().proposals[0]!.id;
    const { event } = store.proposals.accept(id, who, {});
    const r = store.importEvents([{ ...event, id: undefined, origin: undefined, source: 'https://example.org/later' } as ImportEvent]);
    expect(r.merges).toHaveLength(1);
    expect(() => store.proposals.retract(id, who, 'wrong')).toThrow(`undo those first, then retract ${id}`);
    store.undoMerge(r.merges[0]!.seq);
    expect(store.proposals.retract(id, who, 'wrong').status).toBe('retracted');
  });

  it('refuses events dated more than a year after their article unless allowed (announced drills)', () => {
    fresh();
    const far = coded({ date: '2099-01' });
    expect(store.proposals.propose(article, [coded(), far], { now: NOW })).toMatchObject({ proposed: [expect.any(String)], future: 1 });
    const other = { ...article, id: 'a2', text: 'Another text.' };
    expect(store.proposals.propose(other, [far], { now: NOW, allowFuture: true })).toMatchObject({ future: 0 });
  });

  it('with accept all, puts dated events straight in (origin auto) citing the article when it has no URL', () => {
    fresh();
    const { url: _u, ...bare } = article;
    const r = store.proposals.propose(bare, [coded(), coded({ type: 'clash', actor: 'TJK', target: 'KGZ', date: null })], {
      now: NOW,
      accept: 'all',
    });
    expect(r).toMatchObject({ accepted: [expect.any(String)], undated: 1 });
    const [e] = store.events();
    expect(e).toMatchObject({ source: 'article:a1', reported: '2030-03-10', origin: { kind: 'auto', at: NOW } });
    expect(store.provenance(e!.id)).toEqual([expect.objectContaining({ article_id: 'a1', evidence: 'Kyrgyzstan called off the drills.' })]);
    expect(store.proposals.list().proposals.map((p) => p.type)).toEqual(['clash']);
  });

  it('makes one decision of one event reported by two outlets, with both sources', () => {
    fresh();
    store.proposals.propose(article, [coded()], { now: NOW });
    const second = { id: 'a2', date: '2030-03-11', url: 'https://other.example/b', text: 'Bishkek cancelled the exercise.' };
    const r = store.proposals.propose(second, [coded({ article_id: 'a2', evidence: 'Bishkek cancelled the exercise.' })], { now: NOW });
    expect(r.grouped).toHaveLength(1);
    const { proposals } = store.proposals.list();
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.also).toEqual([{ id: r.grouped[0], url: second.url, article_id: 'a2' }]);
    store.proposals.accept(proposals[0]!.id, who, {});
    expect(store.events()[0]!.sources).toEqual([article.url, second.url]);
    expect(store.proposals.get(r.grouped[0]!)).toMatchObject({ status: 'accepted', event_id: store.events()[0]!.id });
    expect(() => store.proposals.accept(r.grouped[0]!, who, {})).toThrow(/decide on/);
  });

  it('writes nothing for the same article again, or another with the same text', () => {
    fresh();
    store.proposals.propose(article, [coded()], { now: NOW });
    expect(store.proposals.propose(article, [coded()], { now: NOW }).already).toBe(true);
    const copy = store.proposals.propose({ ...article, id: 'a1-copy', url: 'https://mirror.example/a1' }, [coded()], { now: NOW });
    expect(copy).toMatchObject({ already: true, duplicate_of: 'a1' });
    expect(store.proposals.list().total).toBe(1);
  });

  it('auto-accepts above a per-type threshold, marked as auto, and only dated events', () => {
    fresh();
    const r = store.proposals.propose(
      article,
      [coded(), coded({ type: 'clash', actor: 'TJK', target: 'KGZ', date: null, confidence: 0.99 })],
      { now: NOW, accept: { exercise: 0.75 } },
    );
    expect(r.accepted).toHaveLength(1);
    expect(store.events()[0]!.origin).toEqual({ kind: 'auto', at: NOW });
    expect(store.proposals.list().proposals.map((p) => p.type)).toEqual(['clash']);
    expect(store.auditLog()[0]).toMatchObject({ who: 'auto', action: 'accepted', detail: expect.objectContaining({ auto: true }) });
  });

  it('keeps the audit log append-only', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bloc-audit-')), 'bloc.db');
    store = openStore({ path, pack: false });
    store.proposals.propose(article, [coded()], { now: NOW });
    store.proposals.reject(store.proposals.list().proposals[0]!.id, who, 'not an event');
    store.close();
    const db = new Database(path);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_log SET who = 'someone else'").run()).toThrow(/append-only/);
    db.close();
    store = openStore({ path, pack: false });
    expect(store.auditLog()).toHaveLength(1);
  });
});
