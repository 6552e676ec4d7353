import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { assess } from './assess.js';
import { buildContext } from './context.js';
import { loadParams } from './params.js';
import type { CrisisRequest } from './types.js';

const pack = loadPack();
const params = loadParams(pack.alliance);
const kaz: CrisisRequest = {
  requester: 'KAZ',
  asked: 'CSTO',
  date: '2022-01-05',
  threat: 'internal_unrest',
  adversary: null,
  article: '4',
};
const ctx = buildContext(pack, '2022-01-04');
// Belarus bound to China by a heavy standing tie of a test kind (a tie read from the pack's records).
const boundCtx = { ...ctx, cooperation: [...ctx.cooperation, { id: 'test-tie', actor: 'BLR', target: 'CHN', kind: 'test' }] };
const boundParams = { ...params, ties: { ...params.ties, kinds: { ...params.ties.kinds, test: 20 } } };

describe('the treaty procedure', () => {
  it('assess() deploys for internal unrest framed under Article 4 when nobody objects', () => {
    const a = assess(kaz, ctx, params);
    expect(a.modal).toBe('deploy');
    expect(a.framing.chosen).toBe('aggression');
    expect(a.route).toBe('council');
  });

  it('assess() lets any member block a deployment', () => {
    // Make Belarus (an ordinary member) bound to a named adversary: its veto alone must stop deployment.
    const a = assess({ ...kaz, adversary: 'CHN' }, boundCtx, boundParams);
    expect(a.distribution.deploy).toBeLessThan(0.01);
    expect(a.members.find((m) => m.code === 'BLR')?.accept.deploy).toBeLessThan(0.01);
    expect(a.members.find((m) => m.code === 'RUS')?.accept.deploy).toBeGreaterThan(0.9);
  });

  it('assess() cannot deploy under Article 4 without the requester invoking it', () => {
    expect(assess({ ...kaz, article: null }, ctx, params).distribution.deploy).toBe(0);
    expect(assess({ ...kaz, article: '2' }, ctx, params).distribution.deploy).toBe(0);
  });

  it('assess() sends a request to RUS past the Council: only the hegemon votes', () => {
    const a = assess({ ...kaz, asked: 'RUS' }, ctx, params);
    expect(a.route).toBe('hegemon');
    expect(a.members.filter((m) => m.votes).map((m) => m.code)).toEqual(['RUS']);
    // A member bound to the adversary cannot block what the hegemon does alone.
    const b = assess({ ...kaz, asked: 'RUS', adversary: 'CHN' }, boundCtx, boundParams);
    expect(b.distribution.deploy).toBeGreaterThan(0.5);
  });

  it('assess() offers only a statement or nothing for a crisis with no request (no host consent)', () => {
    const a = assess({ ...kaz, asked: null, article: null }, ctx, params);
    expect(a.route).toBe('secretariat');
    expect(a.distribution.deploy + a.distribution.mission).toBe(0);
    expect(a.distribution.statement + a.distribution.none).toBeCloseTo(1, 12);
  });

  it('assess() names no aggressor when the attacker is a partner of several members (Armenia, September 2022)', () => {
    const arm: CrisisRequest = {
      requester: 'ARM',
      asked: 'CSTO',
      date: '2022-09-13',
      threat: 'external_attack',
      adversary: 'AZE',
      article: '4',
    };
    const a = assess(arm, buildContext(pack, '2022-09-12'), params);
    expect(a.framing.chosen).toBe('consultation');
    expect(a.modal).toBe('mission');
  });

  it('assess() lets the adversary, when it is a member, block every collective step', () => {
    const kgz: CrisisRequest = {
      requester: 'KGZ',
      asked: 'CSTO',
      date: '2022-10-19',
      threat: 'border_clash',
      adversary: 'TJK',
      article: null,
    };
    const a = assess(kgz, buildContext(pack, '2022-10-18'), params);
    expect(a.modal).toBe('none');
    expect(a.members.find((m) => m.code === 'TJK')?.role).toBe('adversary');
  });

  it('assess() refuses a requester that was not a full member on the date', () => {
    expect(() => assess({ ...kaz, requester: 'UZB' }, ctx, params)).toThrow(/requester: UZB was not a full member on 2022-01-04/);
  });

  it('assess() gives the same answer every time, and its distribution sums to 1', () => {
    const a = assess(kaz, ctx, params);
    const b = assess(kaz, buildContext(pack, '2022-01-04'), params);
    expect(b).toEqual(a);
    expect(Object.values(a.distribution).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });
});
