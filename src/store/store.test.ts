import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportEvent } from '../domain/index.js';
import { DEFAULT_PACK_DIR } from '../data/index.js';
import { openStore, type Store } from './store.js';
import { StoreError } from './errors.js';

const record = (over: Partial<ImportEvent> = {}): ImportEvent =>
  ({
    type: 'exercise.held',
    actor: 'TJK',
    target: 'CSTO',
    date: '2030-10-05',
    source: 'https://example.org/first',
    summary: 'A test exercise.',
    details: { name: 'Test-2030' },
    ...over,
  }) as ImportEvent;

const tmp = () => mkdtempSync(join(tmpdir(), 'bloc-store-'));
const places = { 'on disk': () => join(tmp(), 'bloc.db'), 'in memory': () => ':memory:' };

for (const [where, path] of Object.entries(places)) {
  describe(`the store ${where}`, () => {
    let store: Store;
    afterEach(() => store?.close());

    it('loads the pack on first use', () => {
      store = openStore({ path: path(), pack: DEFAULT_PACK_DIR });
      expect(store.members().map((m) => m.code)).toContain('ARM');
      expect(store.countEvents()).toBeGreaterThan(0);
    });

    it('stores an event imported twice once, with both sources', () => {
      store = openStore({ path: path(), pack: false });
      const first = store.importEvents([record()]);
      const second = store.importEvents([record({ source: 'https://example.org/second', date: '2030-10' })]);
      expect(first.inserted).toHaveLength(1);
      expect(second.merged).toEqual(first.inserted);
      const all = store.events();
      expect(all).toHaveLength(1);
      expect(all[0]!.sources).toEqual(['https://example.org/first', 'https://example.org/second']);
    });

    it('keeps two exercises apart when their names differ', () => {
      store = openStore({ path: path(), pack: false });
      store.importEvents([record(), record({ details: { name: 'Other-2030' } })]);
      expect(store.countEvents()).toBe(2);
    });

    it('hides from --as-of what was reported later', () => {
      store = openStore({ path: path(), pack: false });
      store.importEvents([record({ reported: '2030-11-01' })]);
      expect(store.events({ asOf: '2030-10-20' })).toHaveLength(0);
      expect(store.events({ asOf: '2030-11-01' })).toHaveLength(1);
    });

    it('filters by family, actor and period', () => {
      store = openStore({ path: path(), pack: false });
      store.importEvents([
        record(),
        record({ type: 'clash', actor: 'TJK', target: 'KGZ', date: '2031-01', details: {} } as Partial<ImportEvent>),
      ]);
      expect(store.events({ type: 'exercise' })).toHaveLength(1);
      expect(store.events({ actor: 'KGZ' })).toHaveLength(1);
      expect(store.events({ from: '2031-01-15' })).toHaveLength(1);
      expect(store.events({ to: '2030-12-31' })).toHaveLength(1);
    });
  });
}

describe('opening a file that is not ours', () => {
  it('refuses another SQLite database in one line', () => {
    const p = join(tmp(), 'other.db');
    const db = new Database(p);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => openStore({ path: p, pack: DEFAULT_PACK_DIR })).toThrow(StoreError);
    expect(() => openStore({ path: p, pack: DEFAULT_PACK_DIR })).toThrow(/is not a bloc database/);
  });
  it('refuses a file that is not SQLite at all', () => {
    const p = join(tmp(), 'junk.db');
    writeFileSync(p, 'this is not a database, just some text that is long enough to look like a header......');
    expect(() => openStore({ path: p, pack: DEFAULT_PACK_DIR })).toThrow(/is not a bloc database/);
  });
  it('refuses a store from a newer schema', () => {
    const p = join(tmp(), 'newer.db');
    openStore({ path: p, pack: false }).close();
    const db = new Database(p);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openStore({ path: p, pack: DEFAULT_PACK_DIR })).toThrow(/newer bloc/);
  });
});
