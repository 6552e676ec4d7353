import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportEvent } from '../domain/index.js';
import { DEFAULT_PACK_DIR } from '../data/index.js';
import { ChronicleWriter } from './chronicle-writer.js';
import { deferSearchIndex, ftsQuery } from './search-index.js';
import { openStore } from './store.js';

const record = (over: Record<string, unknown> = {}): ImportEvent =>
  ({
    type: 'exercise.held',
    actor: 'TJK',
    target: 'CSTO',
    date: '2030-10-05',
    source: 'https://example.org/first',
    summary: 'Tajik troops drilled near the Pamir highway.',
    details: { name: 'Rubezh-2030' },
    ...over,
  }) as ImportEvent;

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);
const tmpDb = () => join(mkdtempSync(join(tmpdir(), 'bloc-search-')), 'bloc.db');

describe('ftsQuery', () => {
  it('quotes every word, so FTS operators and column filters are only words', () => {
    expect(ftsQuery('Pamir highway')).toBe('"Pamir" "highway"');
    expect(ftsQuery('a OR b NOT c')).toBe('"a" "OR" "b" "NOT" "c"');
    expect(ftsQuery('summary:x NEAR(y')).toBe('"summary:x" "NEAR(y"');
    expect(ftsQuery('say "hi')).toBe('"say" """hi"');
  });
  it('keeps a trailing star as a prefix search, and gives nothing for punctuation alone', () => {
    expect(ftsQuery('drill*')).toBe('"drill"*');
    expect(ftsQuery(' ( ) - * " ')).toBeUndefined();
  });
});

describe('full-text search in the store', () => {
  it('finds events by summary, exercise name and evidence, all words required, stemmed', () => {
    const store = openStore({ path: ':memory:', pack: false });
    const { inserted } = store.importEvents([
      record(),
      record({
        actor: 'KGZ',
        date: '2030-11-02',
        summary: 'Kyrgyz exercise.',
        details: { name: 'Other' },
        evidence: 'Troops drilled in Osh.',
      }),
    ]);
    expect(ids(store.events({ q: 'pamir' }))).toEqual([inserted[0]]);
    expect(ids(store.events({ q: 'rubezh-2030' }))).toHaveLength(1);
    expect(store.events({ q: 'osh' })[0]?.actor).toBe('KGZ');
    // Porter stemming: "drills" finds "drilled" in both.
    expect(store.events({ q: 'drills' })).toHaveLength(2);
    expect(store.events({ q: 'drills osh' })).toHaveLength(1);
    expect(store.events({ q: 'drill* highway', actor: 'TJK' })).toHaveLength(1);
    expect(store.countEvents({ q: 'drills', actor: 'KGZ' })).toBe(1);
    expect(store.events({ q: 'nowhere' })).toHaveLength(0);
    store.close();
  });

  it('is not fooled by FTS syntax, and punctuation alone matches nothing', () => {
    const store = openStore({ path: ':memory:', pack: false });
    store.importEvents([record()]);
    for (const q of ['"', 'NEAR(pamir', 'pamir OR', 'summary:pamir', '*', '-pamir', 'pamir AND (', "'; DROP TABLE events; --"])
      expect(() => store.events({ q })).not.toThrow();
    expect(store.events({ q: '"pamir"' })).toHaveLength(1);
    expect(store.events({ q: '( ) *' })).toHaveLength(0);
    expect(store.events({ q: '   ' })).toHaveLength(1);
    expect(store.countEvents()).toBe(1);
    store.close();
  });

  it('follows a merge and its undo: the absorbed record is found under the event it went into, then under its own', () => {
    const store = openStore({ path: ':memory:', pack: false });
    const first = store.importEvents([record()]).inserted[0]!;
    const r = store.importEvents([record({ source: 'https://example.org/second', summary: 'Drills by the Vakhsh river.' })]);
    expect(r.merges).toHaveLength(1);
    expect(ids(store.events({ q: 'vakhsh' }))).toEqual([first]);
    const own = store.undoMerge(r.merges[0]!.seq);
    expect(own).not.toBe(first);
    expect(ids(store.events({ q: 'vakhsh' }))).toEqual([own]);
    store.close();
  });

  it('searches the evidence and title of the articles an event was coded from', () => {
    const store = openStore({ path: ':memory:', pack: false });
    store.importEvents([
      record({
        provenance: [
          {
            article_id: 'art-1',
            date: '2030-10-06',
            title: 'Border drills in Khatlon',
            url: null,
            sha256: 'a'.repeat(64),
            ingested_at: '2030-10-06T10:00:00.000Z',
            evidence: 'Gunners fired live rounds at Harbmaidon.',
            confidence: 0.9,
          },
        ],
      }),
    ]);
    expect(store.events({ q: 'harbmaidon' })).toHaveLength(1);
    expect(store.events({ q: 'khatlon' })).toHaveLength(1);
    store.close();
  });

  it('follows deletions and article texts written straight to the tables (retraction, feeds)', () => {
    const path = tmpDb();
    const store = openStore({ path, pack: false });
    store.importEvents([
      record({
        provenance: [
          {
            article_id: 'art-2',
            date: '2030-10-06',
            title: null,
            url: null,
            sha256: 'b'.repeat(64),
            ingested_at: '2030-10-06T10:00:00.000Z',
            evidence: 'Drills.',
            confidence: 0.9,
          },
        ],
      }),
    ]);
    const db = new Database(path);
    db.prepare('INSERT INTO article_texts (article_id, text) VALUES (?, ?)').run('art-2', 'The full text mentions Lyaur.');
    expect(store.events({ q: 'lyaur' })).toHaveLength(1);
    db.prepare('DELETE FROM event_articles').run();
    expect(store.events({ q: 'lyaur' })).toHaveLength(0);
    db.prepare('DELETE FROM events').run();
    expect(store.events({ q: 'pamir' })).toHaveLength(0);
    expect((db.prepare('SELECT count(*) AS n FROM events_fts').get() as { n: number }).n).toBe(0);
    db.close();
    store.close();
  });

  it('indexes the pack on load, and the same events again after its reload', () => {
    const path = tmpDb();
    const store = openStore({ path, pack: DEFAULT_PACK_DIR });
    const total = store.countEvents();
    const db = new Database(path);
    expect((db.prepare('SELECT count(*) AS n FROM events_fts').get() as { n: number }).n).toBe(total);
    // Force a reload: the store believes its pack changed.
    db.prepare("UPDATE meta SET value = 'stale' WHERE key = 'pack_fingerprint'").run();
    db.close();
    store.close();
    const again = openStore({ path, pack: DEFAULT_PACK_DIR });
    const check = new Database(path);
    expect((check.prepare('SELECT count(*) AS n FROM events_fts').get() as { n: number }).n).toBe(total);
    check.close();
    const exercise = again.events({ type: 'exercise.held' })[0]!;
    const word = exercise.summary.split(/\W+/).find((w) => w.length > 6)!;
    expect(ids(again.events({ q: word }))).toContain(exercise.id);
    again.close();
  });

  it('a big import defers the index and then indexes every event it added, once', () => {
    const path = tmpDb();
    openStore({ path, pack: false }).close();
    const db = new Database(path);
    const writer = new ChronicleWriter(db);
    const now = '2030-12-01T00:00:00.000Z';
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    db.transaction(() => {
      const deferred = deferSearchIndex(db);
      writer.apply(record({ summary: 'Drills by the Zerafshan.' }), { kind: 'imported' }, now);
      writer.apply(record({ actor: 'KGZ', summary: 'Drills at Issyk-Kul.' }), { kind: 'imported' }, now);
      writer.apply(record({ source: 'https://example.org/again', summary: 'Seen again near Panjakent.' }), { kind: 'imported' }, now);
      expect(count('SELECT count(*) AS n FROM events_fts')).toBe(1); // only the merge refreshed its event
      deferred.restore();
    })();
    expect(count('SELECT count(*) AS n FROM events_fts')).toBe(count('SELECT count(*) AS n FROM events'));
    db.close();
    const store = openStore({ path, pack: false });
    expect(store.events({ q: 'zerafshan panjakent' })).toHaveLength(1);
    expect(store.events({ q: 'issyk' })).toHaveLength(1);
    // The triggers are back: a later insert is indexed as it comes.
    store.importEvents([record({ actor: 'KAZ', summary: 'Drills on the Ili.' })]);
    expect(store.events({ q: 'ili' })).toHaveLength(1);
    store.close();
  });
});
