import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The end-to-end tests run the binary that package.json installs as `bloc` (built by `npm run build`).
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'bloc-cli-'));
const db = join(dir, 'bloc.db');

function bloc(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, BLOC_DB: db, TZ: 'UTC' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the bloc binary', () => {
  it('codes a Russian article with its Russian evidence, and warns about (and counts) an article it cannot read', () => {
    const ru = bloc('extract', join(root, 'examples', 'ru-appeal.txt'));
    expect(ru.code).toBe(0);
    const events = ru.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; actor: string; language: string; evidence: string });
    expect(events.map((e) => [e.type, e.actor, e.language])).toEqual([
      ['clash', 'AZE', 'ru'],
      ['assistance.requested', 'ARM', 'ru'],
      ['exercise.boycotted', 'ARM', 'ru'],
    ]);
    expect(events[1]!.evidence).toMatch(/^Утром Ереван обратился к ОДКБ/);
    // Written for this test: a Kazakh sentence (the pack codes English and Russian only).
    const kk = join(dir, 'kk.txt');
    writeFileSync(kk, 'date 2022-09-14\nҚазақстан Қорғаныс министрлігі бүгін жаттығулардың басталғанын хабарлады.\n');
    const r = bloc('extract', kk);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toContain('kk.txt:1: article kk is in kk, which the pack does not code (languages: en, ru)');
    expect(r.err).toContain('1 article(s) not coded for their language: 1 in kk');
  });

  it('lists the six members on 2022-10-21', () => {
    const r = bloc('members', '--as-of', '2022-10-21', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { code: string; status: string }[];
    expect(
      rows
        .filter((m) => m.status === 'member')
        .map((m) => m.code)
        .sort(),
    ).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(rows.find((m) => m.code === 'UZB')?.status).toBe('suspended');
  });

  it('prints the status of today as its main job', () => {
    const r = bloc('status');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ARM\s+Armenia\s+frozen/);
    expect(r.out).toMatch(/latest \d+ events/);
  });

  it('gives --help on every command', () => {
    for (const c of ['members', 'events', 'import', 'export', 'leader', 'stats', 'status']) {
      const r = bloc(c, '--help');
      expect(r.code, c).toBe(0);
      expect(r.out, c).toMatch(/Usage: bloc /);
    }
  });

  it('explains a malformed date in one line', () => {
    const r = bloc('members', '--as-of', '2022-02-30');
    expect(r.code).toBe(1);
    expect(r.err.trim()).toBe('bloc: --as-of: "2022-02-30" is not a date (expected YYYY-MM-DD, a real day)');
  });

  it('refuses a --db that is not a bloc database without a stack trace', () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not sqlite at all, only text that goes on for a while to fill a header....');
    const r = bloc('members', '--db', junk);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^bloc: .*junk\.db is not a bloc database/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('imports nothing from a file with any bad line, naming file, line and field', () => {
    const file = join(dir, 'bad.jsonl');
    const good = {
      type: 'exercise.held',
      actor: 'TJK',
      target: 'CSTO',
      date: '2025-05-01',
      source: 'https://example.org/x',
      summary: 'Good line.',
    };
    writeFileSync(
      file,
      [
        JSON.stringify(good),
        '{not json',
        JSON.stringify({ ...good, type: 'exercise.danced' }),
        JSON.stringify({ ...good, actor: 'XXX' }),
        JSON.stringify({ ...good, date: '2025-02-30' }),
      ].join('\n'),
    );
    const records = () => bloc('export').out.split('\n').slice(1).join('\n');
    const before = records();
    const r = bloc('import', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:2: (line): malformed JSON`);
    expect(r.err).toContain(`${file}:3: type: unknown event type "exercise.danced"`);
    expect(r.err).toContain(`${file}:4: actor: unknown actor code`);
    expect(r.err).toContain(`${file}:5: date: expected YYYY-MM-DD, YYYY-MM or YYYY, a real date`);
    expect(r.err).toMatch(/: 4 problem\(s\); nothing was imported\n$/);
    expect(records()).toBe(before);
  });

  it('imports a good file once however often it is run, and exports it', () => {
    const file = join(dir, 'good.jsonl');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'exercise.held',
        actor: 'TJK',
        target: 'CSTO',
        date: '2025-06-01',
        source: 'https://example.org/y',
        summary: 'Another.',
      }) + '\n',
    );
    expect(bloc('import', file).out).toMatch(/1 new/);
    expect(bloc('import', file).out).toMatch(/0 new, 0 merged into existing events, 1 already stored/);
    const lines = bloc('export')
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { date: string });
    expect(lines.filter((e) => e.date === '2025-06-01')).toHaveLength(1);
  });

  it('names the heads of Kazakhstan on a date, marking the Council seat', () => {
    const r = bloc('leader', 'KAZ', '2022-01-05', '--format', 'json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as { role: string; name: string; council: boolean }[];
    expect(rows.find((x) => x.role === 'head_of_state')).toMatchObject({ council: true });
    expect(rows.find((x) => x.role === 'head_of_state')?.name).toMatch(/Tokayev/);
  });

  it('counts events per type per year', () => {
    const r = bloc('stats', '--format', 'json');
    const rows = JSON.parse(r.out) as { year: number; type: string; count: number }[];
    expect(rows.find((x) => x.year === 1992 && x.type === 'membership.joined')?.count).toBeGreaterThanOrEqual(6);
  });

  it('searches the chronicle with --q, every word required, FTS syntax taken as words', () => {
    const r = bloc('events', '--q', 'fuel prices riots', '--format', 'json');
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.out) as { id: string }[]).map((e) => e.id);
    expect(ids).toContain('req-2022-01-05-kaz-csto');
    const narrowed = bloc('events', '--q', 'tokayev', '--type', 'assistance.requested', '--format', 'json');
    expect((JSON.parse(narrowed.out) as { actor: string }[]).every((e) => e.actor === 'KAZ')).toBe(true);
    const odd = bloc('events', '--q', 'tokayev" OR NEAR(', '--format', 'json');
    expect(odd.code).toBe(0);
    expect(JSON.parse(odd.out)).toEqual([]);
  });
});
