import { describe, expect, it } from 'vitest';
import { loadPack } from '../data/index.js';
import { NewsCoder } from './news-coder.js';

const pack = loadPack();
const coder = new NewsCoder({ alliance: pack.alliance, members: pack.members, leaders: pack.leaders });
const code = (text: string, date = '2023-11-15', title?: string) => coder.read({ id: 't', date, text, ...(title ? { title } : {}) });
const brief = (text: string, date?: string) => code(text, date).events.map((e) => [e.type, e.actor, e.target, e.date, e.language]);

// Every sentence below was written for these tests; none is taken from an article.
describe('NewsCoder', () => {
  it('codes a short Russian appeal (the two-sentence case of issue 11) and keeps the Russian evidence', () => {
    const r = code(
      'Киргизия в понедельник обратилась к ОДКБ за военной помощью. Власти республики говорят о столкновениях на юге.',
      '2022-09-21',
    );
    expect(r.coded).toEqual(['ru']);
    expect(r.events.map((e) => [e.type, e.actor, e.target, e.date, e.language])).toEqual([
      ['assistance.requested', 'KGZ', 'CSTO', '2022-09-19', 'ru'],
    ]);
    expect(r.events[0]!.evidence).toMatch(/^Киргизия в понедельник обратилась/);
  });
  it('resolves a leader named by surname in any case to the state he led that day', () => {
    expect(brief('Саммит ОДКБ в Минске 23 ноября пройдёт без Пашиняна: премьер не примет участия во встрече.')).toEqual([
      ['summit.absent', 'ARM', 'CSTO', '2023-11-23', 'ru'],
    ]);
    expect(brief('В четверг учения ОДКБ с участием миротворцев открылись в Казахстане.', '2019-10-17')).toEqual([
      ['exercise.held', 'KAZ', 'CSTO', '2019-10-17', 'ru'],
    ]);
  });
  it('reads a state in every case and a demonym as its state', () => {
    // The speaker after the verb is the actor itself, so its statement dates the act; someone else's only gives the month.
    expect(brief('Армения заморозила своё участие в ОДКБ, заявил в пятницу премьер-министр Армении.', '2024-02-24')).toEqual([
      ['membership.frozen', 'ARM', 'CSTO', '2024-02-23', 'ru'],
    ]);
    expect(brief('Армения заморозила своё участие в ОДКБ, сообщили в пятницу в Москве.', '2024-02-24')).toEqual([
      ['membership.frozen', 'ARM', 'CSTO', '2024-02', 'ru'],
    ]);
    expect(brief('Армянская сторона отказалась от участия в учениях ОДКБ в Белоруссии.', '2020-10-05')).toEqual([
      ['exercise.boycotted', 'ARM', 'BLR', '2020-10', 'ru'],
    ]);
  });
  it('marks English records with their language too', () => {
    expect(brief('Armenia froze its participation in the CSTO on Friday, the prime minister said.', '2024-02-24')).toEqual([
      ['membership.frozen', 'ARM', 'CSTO', '2024-02-23', 'en'],
    ]);
  });
  it('says which language it could not code instead of passing an article over in silence', () => {
    const r = code(
      'Қазақстан Республикасының Қорғаныс министрлігі бүгін жаттығулардың басталғанын хабарлады. Оған бірнеше мемлекет қатысады.',
    );
    expect(r).toEqual({ events: [], coded: [], uncoded: ['kk'] });
  });
});

describe('the Russian language folder', () => {
  it('indexes every rule, so the screen stays on for Russian news (an unindexed rule runs on every sentence)', async () => {
    const { loadLanguage } = await import('./language.js');
    const ru = loadLanguage(pack.alliance, 'ru');
    expect(ru.patterns.index.complete).toBe(true);
    expect(ru.patterns.rules.length).toBeGreaterThan(60);
  });
});
