import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/index.js';
import { Workspace } from '../src/compose/index.js';

// A second alliance, synthetic (test/fixtures/example-pack): another hegemon, other states, another
// founding day, two languages of placeholder resources. Every command and route must run on it, and
// nothing of the CSTO may show in what they print (issue 9, item 2).
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const PACK = join(root, 'test/fixtures/example-pack');
const bin = join(root, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'bloc-example-pack-'));
const db = join(dir, 'example.db');
const CSTO =
  /CSTO|Collective Security|\bRUS\b|Russia|Moscow|Kremlin|\b1992\b|\b(?:KAZ|KGZ|TJK|ARM|BLR|UZB|AZE|GEO)\b|Kazakh|Kyrgyz|Tajik|Armenia|Belarus|Uzbek/;

function bloc(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args, ...(args[0] === 'extract' ? [] : ['--db', db]), '--pack', PACK], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TZ: 'UTC', BLOC_DB: '', BLOC_PACK: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const article = join(dir, 'article.txt');
writeFileSync(
  article,
  'date 2024-05-02 Uruguay asked the pact for help on Monday. Brazil and Argentina held joint drills near Montevideo.',
);
const events = join(dir, 'events.jsonl');
writeFileSync(
  events,
  JSON.stringify({
    type: 'exercise.held',
    actor: 'URY',
    target: 'EDP',
    date: '2025-04-02',
    source: 'https://example.org/bloc-example-pack/import',
    summary: 'Uruguay hosted a small pact drill.',
  }) + '\n',
);

const COMMANDS: readonly string[][] = [
  ['status'],
  ['members', '--as-of', '2016-01-01', '--format', 'json'],
  ['events', '--type', 'assistance', '--format', 'csv'],
  ['leader', 'BRA', '2015-06-01'],
  ['stats'],
  ['indicators', '--as-of', '2020-06-30', '--format', 'json'],
  ['indicators', '--as-of', '2020-06-30', '--member', 'BOL', '--explain'],
  ['timeline', '--format', 'csv', '--alliance', '--to', '2024-12'],
  [
    'assess',
    '--requester',
    'CHL',
    '--date',
    '2022-05-20',
    '--threat',
    'border_clash',
    '--adversary',
    'ARG',
    '--article',
    '5',
    '--format',
    'json',
  ],
  ['assess', '--requester', 'URY', '--date', '2023-03-01', '--threat', 'internal_unrest', '--asked', 'BRA'],
  ['backtest', '--format', 'json'],
  ['simulate', '--as-of', '2024-06-30', '--horizon', '6', '--runs', '200', '--seed', '3', '--format', 'json'],
  ['brief', '--as-of', '2024-06-30', '--runs', '50'],
  ['events', '--format', 'csv'],
  ['extract', article],
  ['ingest', article],
  ['import', events],
  ['export'],
];

describe('a second alliance pack (test/fixtures/example-pack)', () => {
  for (const args of COMMANDS) {
    it(`runs bloc ${args[0]} with nothing of the CSTO in its output (${args.slice(1).join(' ').replace(dir, '…')})`, () => {
      const r = bloc(...args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out.length).toBeGreaterThan(0);
      expect(r.out).not.toMatch(CSTO);
    });
  }

  it('answers with the pact and its hegemon, from the pack', () => {
    const members = JSON.parse(bloc('members', '--as-of', '2016-01-01', '--format', 'json').out) as { code: string; status: string }[];
    expect(Object.fromEntries(members.map((m) => [m.code, m.status]))).toEqual({
      BRA: 'member',
      ARG: 'member',
      CHL: 'member',
      URY: 'member',
      PRY: 'withdrawn',
      BOL: 'member',
    });
    const a = JSON.parse(
      bloc('assess', '--requester', 'URY', '--date', '2023-03-01', '--threat', 'internal_unrest', '--format', 'json').out,
    );
    expect(a.request.asked).toBe('EDP');
    expect(a.members.find((m: { role: string }) => m.role === 'hegemon').code).toBe('BRA');
    expect(bloc('indicators', '--as-of', '2000-12-31').err).toMatch(/before 2001, when the Example Defence Pact began/);
  });

  it("codes an article with the pack's own English resources", () => {
    const lines = bloc('extract', article)
      .out.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; actor: string; target: string });
    expect(lines.map((e) => `${e.type} ${e.actor}->${e.target}`)).toContain('assistance.requested URY->EDP');
  });

  it('refuses a store that holds another pack', () => {
    const csto = spawnSync(process.execPath, [bin, 'status', '--db', db], { encoding: 'utf8', env: { ...process.env, BLOC_PACK: '' } });
    expect(csto.status).toBe(1);
    expect(csto.stderr).toMatch(/holds the example pack, not csto/);
  });
});

describe('every API route on the second pack', () => {
  const ws = new Workspace({ db: ':memory:', pack: PACK, now: () => new Date('2025-06-01T12:00:00Z') });
  const app = createApp({ workspace: ws, token: 'example-token-0123456789' });
  afterAll(() => ws.close());
  const ROUTES: readonly { method: 'GET' | 'POST'; path: string; body?: unknown }[] = [
    { method: 'GET', path: '/api/meta' },
    { method: 'GET', path: '/api/members?asOf=2020-06-30' },
    { method: 'GET', path: '/api/members/BOL' },
    { method: 'GET', path: '/api/leaders?country=ARG' },
    { method: 'GET', path: '/api/summits' },
    { method: 'GET', path: '/api/treaty' },
    { method: 'GET', path: '/api/events?limit=50' },
    { method: 'GET', path: '/api/indicators?asOf=2020-06-30' },
    { method: 'GET', path: '/api/timeline?from=2019-01&to=2020-12' },
    { method: 'GET', path: '/api/openapi.json' },
    {
      method: 'POST',
      path: '/api/assess',
      body: { requester: 'CHL', date: '2022-05-20', threat: 'border_clash', adversary: 'ARG', article: '5' },
    },
    { method: 'POST', path: '/api/simulate', body: { as_of: '2024-06-30', horizon: 6, runs: 100, seed: 2 } },
  ];
  for (const r of ROUTES) {
    it(`${r.method} ${r.path} answers 200 with nothing of the CSTO`, async () => {
      const res = await app.request(r.path, {
        method: r.method,
        ...(r.body === undefined ? {} : { body: JSON.stringify(r.body), headers: { 'content-type': 'application/json' } }),
      });
      const text = await res.text();
      expect(res.status, text.slice(0, 300)).toBe(200);
      expect(text).not.toMatch(CSTO);
    });
  }
});
