import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { openStore } from './store.js';

// A store as the bloc before issue 12 left it: schema 2, with a reviewed event, an imported one merged into it and its review.
function schemaTwoStore(path: string): void {
  const db = new Database(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  for (const m of MIGRATIONS.slice(0, 2)) db.exec(m);
  db.pragma('user_version = 2');
  const record = JSON.stringify({
    id: 'ev-1',
    type: 'exercise.held',
    actor: 'TJK',
    target: 'CSTO',
    date: '2030-05-01',
    summary: 'Drills.',
    source: 'https://example.org/a',
  });
  db.prepare(
    `INSERT INTO events (id, type, actor, target, date, date_first, date_last, known_day, layer, origin, origin_reviewer, origin_at, record)
     VALUES ('ev-1', 'exercise.held', 'TJK', 'CSTO', '2030-05-01', 1, 1, 1, 'user', 'reviewed', 'ana', '2030-05-02T08:00:00.000Z', ?)`,
  ).run(record);
  db.prepare("INSERT INTO merges (into_id, reason, record, at) VALUES ('ev-1', 'same act', ?, '2030-05-03T08:00:00.000Z')").run(record);
  db.prepare(
    "INSERT INTO reviews (event_id, decision, reviewer, at, record) VALUES ('ev-1', 'accepted', 'ana', '2030-05-02T08:00:00.000Z', ?)",
  ).run(record);
  db.close();
}

describe('migration 3 (proposals, audit log, retractions, feeds)', () => {
  it('upgrades a schema-2 store in place, keeping its events, origins, merges and reviews', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bloc-migrate-')), 'bloc.db');
    schemaTwoStore(path);
    const store = openStore({ path, pack: false });
    expect(store.events()).toEqual([
      expect.objectContaining({ id: 'ev-1', origin: { kind: 'reviewed', reviewer: 'ana', at: '2030-05-02T08:00:00.000Z' } }),
    ]);
    expect(store.merges()).toEqual([expect.objectContaining({ seq: 1, into: 'ev-1', undone_at: null })]);
    expect(store.countReviews()).toBe(1);
    expect(store.proposals.pending()).toBe(0);
    expect(store.feeds.all()).toEqual([]);
    expect(store.auditLog()).toEqual([]);
    store.close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(4);
    db.close();
  });
});

describe('migration 4 (full-text search)', () => {
  it('upgrades a schema-3 store, indexing its events with their merges and the stored text of their articles', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'bloc-migrate-')), 'bloc.db');
    schemaTwoStore(path);
    const db = new Database(path);
    db.exec(MIGRATIONS[2]!);
    db.pragma('user_version = 3');
    db.prepare(
      "INSERT INTO articles (id, date, title, url, sha256, ingested_at) VALUES ('a1', '2030-05-01', 'Drills in Khatlon', NULL, ?, '2030-05-02T08:00:00.000Z')",
    ).run('c'.repeat(64));
    db.prepare(
      "INSERT INTO event_articles (event_id, article_id, evidence, confidence) VALUES ('ev-1', 'a1', 'Gunners fired.', 0.9)",
    ).run();
    db.prepare("INSERT INTO article_texts (article_id, text) VALUES ('a1', 'The whole story names Harbmaidon.')").run();
    db.close();
    const store = openStore({ path, pack: false });
    for (const q of ['drills', 'khatlon', 'gunners', 'harbmaidon']) expect(store.events({ q }).map((e) => e.id)).toEqual(['ev-1']);
    store.close();
    const check = new Database(path, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(4);
    check.close();
  });
});
