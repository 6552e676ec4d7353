import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { assess } from './assess.js';
import { buildContext } from './context.js';
import { spareCapacity } from './factors.js';
import { loadParams } from './params.js';
import type { CrisisRequest } from './types.js';

const pack = loadPack();
const params = loadParams(pack.alliance);
const ctx = buildContext(pack, '2022-09-12');
const arm: CrisisRequest = {
  requester: 'ARM',
  asked: 'CSTO',
  date: '2022-09-13',
  threat: 'external_attack',
  adversary: 'AZE',
  article: '4',
};

describe('assess() overrides (the simulator hook)', () => {
  it('changes nothing when the overrides repeat what the data say', () => {
    const same = { alignment: { ARM: ctx.alignment['ARM']! }, spareCapacity: spareCapacity(ctx, params) };
    const a = assess(arm, ctx, params, same);
    const b = assess(arm, ctx, params);
    expect(a.distribution).toEqual(b.distribution);
    expect(a.members).toEqual(b.members);
  });

  it('makes force likelier with a more aligned requester and a freer hegemon', () => {
    const base = assess(arm, ctx, params).distribution;
    const aligned = assess(arm, ctx, params, { alignment: { ARM: 1 } }).distribution;
    const free = assess({ ...arm, asked: 'RUS' }, ctx, params, { spareCapacity: 1 }).distribution;
    const busy = assess({ ...arm, asked: 'RUS' }, ctx, params).distribution;
    expect(aligned.none).toBeLessThan(base.none);
    expect(aligned.mission).toBeGreaterThan(base.mission);
    expect(free.deploy).toBeGreaterThan(busy.deploy);
  });

  it('refuses a value outside 0..1, naming the field', () => {
    expect(() => assess(arm, ctx, params, { alignment: { ARM: 1.5 } })).toThrow(/^overrides\.alignment\.ARM: 1\.5 is not a share/);
    expect(() => assess(arm, ctx, params, { spareCapacity: -0.1 })).toThrow(/^overrides\.spareCapacity:/);
    expect(() => assess(arm, ctx, params, { participation: { ARM: 2 } })).toThrow(/^overrides\.participation\.ARM:/);
  });
});
