import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from './test-helpers/app.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const t = testApp();
afterAll(() => t.store.close());

// A script as a client author would write it against types generated from the served document:
// no casts, no `any`, strict options. If a response schema is declared loosely (a bare object),
// a nullable field lacks null, or a defaulted request field is required, it stops compiling.
const CLIENT = `import type { paths } from './api.js';

type Op = { responses: Record<number, unknown> };
type Ok<O extends Op> = O['responses'] extends { 200: { content: { 'application/json': infer B } } } ? B : never;
type BodyOf<O> = O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

declare function get<T>(path: string): Promise<T>;
declare function post<T, B>(path: string, body: B): Promise<T>;

export async function report(): Promise<string[]> {
  const lines: string[] = [];
  const members = await get<Ok<paths['/api/members']['get']>>('/api/members?asOf=2022-10-21');
  for (const m of members.members) {
    if (m.status === 'member') lines.push(\`\${m.code} \${m.name} since \${m.since ?? 'unknown'} (COW \${m.cow ?? '-'})\`);
  }
  const page = await get<Ok<paths['/api/events']['get']>>('/api/events?limit=5&order=desc');
  for (const e of page.events) {
    const target: string = e.target ?? '-';
    lines.push(\`\${e.date} \${e.type} \${e.actor} -> \${target} \${e.source} CAMEO \${e.codes.cameo ?? '-'}\`);
  }
  const ask: BodyOf<paths['/api/assess']['post']> = { requester: 'KAZ', date: '2022-01-04', threat: 'internal_unrest' };
  const a = await post<Ok<paths['/api/assess']['post']>, typeof ask>('/api/assess', ask);
  const [lo, hi] = a.intervals.deploy;
  lines.push(\`\${a.modal}: deploy \${a.distribution.deploy.toFixed(2)} [\${lo}, \${hi}], \${a.members.length} stances\`);
  const run: BodyOf<paths['/api/simulate']['post']> = { as_of: '2022-10-21' };
  const s = await post<Ok<paths['/api/simulate']['post']>, typeof run>('/api/simulate', run);
  for (const band of s.alliance.index) lines.push(\`\${band.month} \${band.p10.toFixed(1)}-\${band.p90.toFixed(1)}\`);
  return lines;
}
`;

const STRICT = ['--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess', '--target', 'ES2022'];

/** Generates the client's types from the served document and compiles `script` against them: tsc's output. */
async function compileClient(script: string): Promise<{ status: number | null; output: string }> {
  const doc: unknown = await (await t.app.request('/api/openapi.json')).json();
  const dir = mkdtempSync(join(tmpdir(), 'bloc-client-'));
  writeFileSync(join(dir, 'api.d.ts'), astToString(await openapiTS(doc as Parameters<typeof openapiTS>[0])));
  writeFileSync(join(dir, 'client.ts'), script);
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const args = ['--noEmit', ...STRICT, '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--skipLibCheck', join(dir, 'client.ts')];
  const r = spawnSync(process.execPath, [tsc, ...args], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('a client generated from /api/openapi.json', () => {
  it('type-checks a script over the members, events, assess and simulate responses without casts', { timeout: 120_000 }, async () => {
    expect(await compileClient(CLIENT)).toEqual({ status: 0, output: '' });
  });

  it('refuses a script that reads a field the API does not send', { timeout: 120_000 }, async () => {
    // The guard of the test above: the generated types are precise enough to catch a wrong field.
    const r = await compileClient(CLIENT.replace('m.name', 'm.title'));
    expect(r.output).toMatch(/Property 'title' does not exist/);
  });
});
