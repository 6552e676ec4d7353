import { describe, expect, it } from 'vitest';
import { loadPack } from './pack.js';
import type { Member } from '../domain/index.js';
import { statusOn } from '../domain/index.js';

const members = new Map(loadPack().members.map((m) => [m.code, m] as const));
const status = (code: string, day: string) => statusOn(members.get(code)!, day).status;

describe('statusOn() on the CSTO pack', () => {
  it('has Uzbekistan a member in 2008 and suspended from 2012', () => {
    expect(status('UZB', '2008-01-01')).toBe('member');
    expect(status('UZB', '2013-01-01')).toBe('suspended');
  });
  it('has Azerbaijan out of the treaty in 2000', () => {
    expect(status('AZE', '2000-01-01')).toBe('withdrawn');
  });
  it('has Armenia a member in October 2022 and frozen de facto in 2025', () => {
    expect(status('ARM', '2022-10-21')).toBe('member');
    const s = statusOn(members.get('ARM')!, '2025-01-01');
    expect(s.status).toBe('frozen');
    expect(s.basis).toBe('de_facto');
  });
  it('lists the six members of 2022-10-21 and no others', () => {
    const current = [...members.values()].filter((m) => statusOn(m, '2022-10-21').status === 'member').map((m) => m.code);
    expect(current.sort()).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
  });
});

describe('statusOn() on a fixture', () => {
  const m: Member = {
    code: 'XKX',
    name: 'Fixture',
    cow: 1,
    intervals: [
      { status: 'member', from: '2000-01-10', to: '2004-12-31', basis: 'de_jure', source: 'https://example.org/a' },
      { status: 'withdrawn', from: '2005-01-01', to: null, basis: 'de_jure', source: 'https://example.org/b' },
    ],
  };
  it('says not_joined before the first interval', () => expect(statusOn(m, '2000-01-09').status).toBe('not_joined'));
  it('includes both ends of an interval', () => {
    expect(statusOn(m, '2000-01-10').status).toBe('member');
    expect(statusOn(m, '2004-12-31').status).toBe('member');
    expect(statusOn(m, '2005-01-01').status).toBe('withdrawn');
  });
});
