import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodedEvent, type Leader } from '../domain/index.js';
import { parsePlain } from './read-articles.js';
import { defaultCoder } from './test-helpers/default-coder.js';

const leaders: Leader[] = [
  {
    country: 'ARM',
    role: 'head_of_government',
    name: 'Aram Testyan',
    aliases: [],
    from: '2018-05-08',
    to: null,
    source: 'https://example.org/a',
  },
  {
    country: 'KGZ',
    role: 'head_of_state',
    name: 'Bolot Fixturov',
    aliases: ['Fixtur'],
    from: '2020-01-01',
    to: '2021-01-01',
    source: 'https://example.org/b',
  },
  {
    country: 'KAZ',
    role: 'head_of_state',
    name: 'Bolot Fixturov',
    aliases: ['Fixtur'],
    from: '2021-01-02',
    to: null,
    source: 'https://example.org/c',
  },
];
const coder = defaultCoder({ leaders });
const code = (text: string, date = '2022-10-21') =>
  coder.code({ id: 't', date, text }).map((e) => `${e.type} ${e.actor}->${e.target} ${e.date}`);

describe('Coder.code()', () => {
  it('codes "would not send troops" to exercises as a boycott of the host', () => {
    expect(code('Armenia said it would not send troops to the CSTO drills in Belarus in early May 2023.')).toContain(
      'exercise.boycotted ARM->BLR 2023-05',
    );
  });
  it('codes "failed to appear" as an absence and "to no avail" as a decline', () => {
    expect(code('Aram Testyan failed to appear at the CSTO summit in Minsk last month.')).toContain('summit.absent ARM->CSTO 2022-09');
    expect(code('Armenia asked the CSTO for military help in 2021, to no avail.')).toEqual(
      expect.arrayContaining(['assistance.requested ARM->CSTO 2021', 'assistance.declined CSTO->ARM 2021']),
    );
  });
  it('does not code a planned exercise ("was to be held") as held', () => {
    expect(code('The CSTO exercise Fixture Shield 2022 was to be held in Tajikistan next week.')).not.toContainEqual(
      expect.stringMatching(/^exercise\.held/),
    );
  });
  it('resolves a leader by who held office on the date', () => {
    expect(code('Fixtur cancelled the CSTO exercises in March 2020.', '2020-04-01')).toContain('exercise.cancelled KGZ->CSTO 2020-03');
    expect(code('Fixtur cancelled the CSTO exercises in March 2022.', '2022-04-01')).toContain('exercise.cancelled KAZ->CSTO 2022-03');
  });
  it('keeps an attribution only one side makes as a claim', () => {
    const [e] = coder.code({
      id: 't',
      date: '2022-09-16',
      text: 'The Tajik side said Kyrgyz forces shelled its border posts on Wednesday.',
    });
    expect(e).toMatchObject({ type: 'clash', actor: 'KGZ', target: 'TJK', date: '2022-09-14', claimed_by: 'TJK' });
  });
  it('emits one record per real-world event', () => {
    expect(code('Armenia froze its participation in the CSTO. Armenia has frozen its participation in the CSTO in October.')).toHaveLength(
      1,
    );
  });
  it('never throws on random text, and every record validates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ maxLength: 200 }), (a, b) => {
        for (const e of coder.code({
          id: 'p',
          date: '2022-01-31',
          text: `${a} Armenia refused to attend the CSTO summit ${b} on Monday.`,
        })) {
          expect(CodedEvent.safeParse(e).success).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

const seedPath = fileURLToPath(new URL('../../../shared/seed/000_e3e4bdcec7f07ceb.txt', import.meta.url));
describe('the seed article', () => {
  it.skipIf(!existsSync(seedPath))('yields its key events with their dates (skipped when ../shared is absent)', () => {
    const item = parsePlain(readFileSync(seedPath, 'utf8'), 'seed', seedPath);
    if (!item.ok) throw new Error(item.reason);
    const got = defaultCoder()
      .code(item.article)
      .map((e) => `${e.type} ${e.actor}->${e.target} ${e.date}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'assistance.requested KAZ->CSTO 2022-01',
        'deployment.started CSTO->KAZ 2022-01',
        'exercise.cancelled KGZ->CSTO 2022-10',
        'summit.absent KGZ->CIS 2022-10',
        'exercise.boycotted KGZ->TJK 2022-10',
        'clash TJK->KGZ 2022-09',
        'exercise.boycotted ARM->KAZ 2022-09',
        'assistance.requested ARM->CSTO null',
        'assistance.declined CSTO->ARM null',
      ]),
    );
  });
});

describe('dates at the precision the text gives', () => {
  it('gives a third party\'s "said Thursday" only its month, but keeps the day a party announces for itself', () => {
    expect(
      code('Tajikistan has suspended its participation in the bloc of former Soviet states, officials said Thursday.', '2031-06-13'),
    ).toContain('membership.suspended TJK->CSTO 2031-06');
    expect(code('Kazakhstan asked the CSTO for military help, President Fixtur told parliament on Wednesday.', '2031-06-13')).toContain(
      'assistance.requested KAZ->CSTO 2031-06-11',
    );
  });
  it('dates a scheduled day after the article only to its month', () => {
    expect(code('Aram Testyan will not attend the CSTO summit scheduled for November 23.', '2031-11-10')).toContain(
      'summit.absent ARM->CSTO 2031-11',
    );
  });
  it('keeps only the year of an act that followed a dated one', () => {
    expect(code('Following the May 2031 incursion, the CSTO sent a monitoring mission to Armenia.', '2032-02-01')).toContain(
      'assistance.mission CSTO->ARM 2031',
    );
  });
  it('resolves "the two countries" to the two states named last', () => {
    const got = code(
      'Military ties between China and Tajikistan have grown. In October 2030, the two countries held joint drills near the border.',
      '2031-03-01',
    );
    expect(got).toContain('external.cooperation TJK->CHN 2030-10');
  });
  it('maps an arms maker to its state as the supplier', () => {
    expect(code('Three Bayraktar TB2 drones were delivered to Kyrgyzstan last year.', '2031-03-01')).toContain(
      'external.cooperation KGZ->TUR 2030',
    );
  });
});
