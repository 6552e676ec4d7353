import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportEvent } from '../domain/index.js';
import { DEFAULT_PACK_DIR } from '../data/index.js';
import { openStore } from './store.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'bloc-merges-'));

const clash = (over: Record<string, unknown> = {}): ImportEvent =>
  ({
    type: 'clash',
    actor: 'TJK',
    target: 'KGZ',
    date: '2030-10-05',
    location: { name: 'Village A' },
    source: 'https://example.org/a',
    summary: 'A clash at village A.',
    ...over,
  }) as ImportEvent;

describe('the merge rule in the store', () => {
  it('never merges two records with their own distinct ids, and keeps every field of both', () => {
    const store = openStore({ path: ':memory:', pack: false });
    const second = clash({
      id: 'clash-b',
      date: '2030-10-07',
      location: { name: 'Village B' },
      source: 'https://example.org/b',
      summary: 'Another.',
    });
    const r = store.importEvents([clash({ id: 'clash-a' }), second]);
    expect(r.inserted).toEqual(['clash-a', 'clash-b']);
    expect(store.event('clash-b')).toMatchObject({
      date: '2030-10-07',
      location: { name: 'Village B' },
      summary: 'Another.',
      source: 'https://example.org/b',
    });
    // Even on the same day and place, two ids are two events.
    store.importEvents([clash({ id: 'clash-c' })]);
    expect(store.countEvents()).toBe(3);
    store.close();
  });

  it('keeps apart records without ids whose places or dates differ', () => {
    const store = openStore({ path: ':memory:', pack: false });
    store.importEvents([clash(), clash({ location: { name: 'Village B' } }), clash({ date: '2030-10-07' })]);
    expect(store.countEvents()).toBe(3);
    expect(store.merges()).toEqual([]);
    store.close();
  });

  it('records a merge of the same act, and undoing it gives the record back as its own event', () => {
    const store = openStore({ path: ':memory:', pack: false });
    const [first] = store.importEvents([clash({ details: { fatalities: 2 } })]).inserted;
    const r = store.importEvents([
      clash({ date: '2030-10', source: 'https://example.org/later', summary: 'Reported later.', location: undefined }),
    ]);
    expect(r.merges).toEqual([{ seq: 1, into: first, reason: expect.stringMatching(/^same act/) }]);
    expect(store.event(first!)!.sources).toEqual(['https://example.org/a', 'https://example.org/later']);
    expect(store.merges()[0]).toMatchObject({
      seq: 1,
      into: first,
      record: { summary: 'Reported later.', date: '2030-10' },
      undone_at: null,
    });

    const id = store.undoMerge(1);
    expect(store.event(id)).toMatchObject({ date: '2030-10', summary: 'Reported later.', source: 'https://example.org/later' });
    expect(store.event(first!)!.sources).toBeUndefined();
    expect(store.merges()[0]).toMatchObject({ undone_as: id });
    expect(() => store.undoMerge(1)).toThrow(/already undone/);
    expect(() => store.undoMerge(9)).toThrow(/no merge #9/);
    store.close();
  });

  it('treats the same record imported again as the same event, not a merge', () => {
    const store = openStore({ path: ':memory:', pack: false });
    store.importEvents([clash()]);
    const again = store.importEvents([clash({ sources: ['https://example.org/also'] })]);
    expect(again.merges).toEqual([]);
    expect(store.countEvents()).toBe(1);
    expect(store.events()[0]!.sources).toEqual(['https://example.org/a', 'https://example.org/also']);
    store.close();
  });

  it('gives every event its origin, and keeps the origin a record comes with', () => {
    const store = openStore({ path: ':memory:', pack: false });
    store.importEvents([clash(), clash({ id: 'kept', origin: { kind: 'reviewed', reviewer: 'ana', at: '2030-11-01T10:00:00.000Z' } })]);
    const [mine, kept] = [store.events().find((e) => e.id !== 'kept')!, store.event('kept')!];
    expect(mine.origin).toMatchObject({ kind: 'imported', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(kept.origin).toEqual({ kind: 'reviewed', reviewer: 'ana', at: '2030-11-01T10:00:00.000Z' });
    store.close();
  });
});

describe('a pack reload', () => {
  it("never loses a user's record merged into a pack event that the new pack drops", () => {
    const pack = join(tmp(), 'pack');
    cpSync(DEFAULT_PACK_DIR, pack, { recursive: true });
    const file = join(pack, 'events', 'clashes.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const dropped = JSON.parse(lines[0]!) as ImportEvent & { id: string };
    const db = join(tmp(), 'bloc.db');
    let store = openStore({ path: db, pack });
    expect(store.event(dropped.id)!.origin).toEqual({ kind: 'curated' });
    const mine = {
      type: dropped.type,
      actor: dropped.actor,
      target: dropped.target,
      date: dropped.date,
      source: 'https://example.org/mine',
      summary: 'My note.',
    };
    const r = store.importEvents([mine as ImportEvent]);
    expect(r.merges).toHaveLength(1);
    expect(r.merges[0]!.into).toBe(dropped.id);
    store.close();

    writeFileSync(file, lines.slice(1).join('\n') + '\n');
    store = openStore({ path: db, pack });
    expect(store.event(dropped.id)).toBeUndefined();
    const survivor = store.events().find((e) => e.summary === 'My note.');
    expect(survivor).toMatchObject({ date: dropped.date, source: 'https://example.org/mine', origin: { kind: 'imported' } });
    expect(store.merges()[0]!.undone_as).toBe(survivor!.id);
    store.close();
  });
});

describe('concurrency by design', () => {
  it('opens and reads a current store while another process holds its write lock', () => {
    const path = join(tmp(), 'bloc.db');
    openStore({ path, pack: false }).close();
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    other.prepare("INSERT INTO meta (key, value) VALUES ('x', 'y')").run();
    try {
      const store = openStore({ path, pack: false, busyTimeoutMs: 50 });
      expect(store.countEvents()).toBe(0);
      store.close();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it("gives up on a held lock after bounded retries, with one line naming the other process's work", () => {
    const path = join(tmp(), 'bloc.db');
    openStore({ path, pack: false }).close();
    const other = new Database(path);
    const writer = { pid: process.ppid, work: 'bloc import big.jsonl', since: '2030-01-01T00:00:00.000Z' };
    other.prepare("INSERT INTO meta (key, value) VALUES ('writer', ?)").run(JSON.stringify(writer));
    other.exec('BEGIN IMMEDIATE');
    try {
      const store = openStore({ path, pack: false, busyTimeoutMs: 20 });
      expect(() => store.importEvents([clash()])).toThrow(
        `${path} is busy: bloc import big.jsonl (pid ${process.ppid}) has been writing since 2030-01-01T00:00:00.000Z; try again when it finishes`,
      );
      store.close();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
