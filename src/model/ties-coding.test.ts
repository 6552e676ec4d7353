import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR, loadPack } from '../data/index.js';
import { backtestCases } from './cases.js';

interface Coding {
  readonly rule: string;
  readonly adversaries: readonly { code: string; requesters: string[]; checked: { source: string }[]; ties: string[] }[];
}

const pack = loadPack();
const coding = JSON.parse(readFileSync(join(DEFAULT_PACK_DIR, 'ties-coding.json'), 'utf8')) as Coding;

describe('ties with the adversary, coded by one rule', () => {
  const cases = backtestCases(pack).filter((c) => c.request.adversary !== null);

  it('covers every state named as an adversary in every case, with each of its requesters', () => {
    for (const c of cases) {
      const entry = coding.adversaries.find((a) => a.code === c.request.adversary);
      expect(entry, `${c.id}: ${c.request.adversary}`).toBeDefined();
      expect(entry!.requesters, c.id).toContain(c.request.requester);
    }
  });

  it('backs every check with a source and every tie with a record from the adversary’s side of the rule', () => {
    for (const a of coding.adversaries) {
      for (const c of a.checked) expect(c.source).toMatch(/^https?:\/\//);
      for (const id of a.ties) {
        const e = pack.events.find((x) => x.id === id);
        expect(e, id).toBeDefined();
        expect(e!.type).toBe('external.cooperation');
        expect(e!.target, id).toBe(a.code);
        expect(a.requesters, id).not.toContain(e!.actor);
      }
    }
  });

  it('lists every recorded tie with an adversary of a case, so none is used without being coded', () => {
    const adversaries = new Set(coding.adversaries.map((a) => a.code));
    const listed = new Set(coding.adversaries.flatMap((a) => a.ties));
    const ties = pack.events.filter((e) => e.id.startsWith('tie-') && e.target !== null && adversaries.has(e.target));
    for (const e of ties) expect(listed.has(e.id), e.id).toBe(true);
  });
});
