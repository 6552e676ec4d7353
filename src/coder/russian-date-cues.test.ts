import { describe, expect, it } from 'vitest';
import { dayOf as dayOfIso, spanToDate } from '../domain/index.js';
import { findRussianDateCues } from './russian-date-cues.js';

// Article of Friday 21 October 2022, as in the library survey's date table.
const at = (sentence: string, today = '2022-10-21', future = false): (string | null)[] =>
  findRussianDateCues(sentence, { today: dayOfIso(today), future }).map((c) =>
    c.span === 'inherit' ? (c.offset === undefined ? 'inherit' : `inherit${c.offset > 0 ? '+' : ''}${c.offset}`) : spanToDate(c.span),
  );

describe('findRussianDateCues()', () => {
  it('puts a bare weekday in the past, unless the sentence looks ahead', () => {
    expect(at('Об этом стало известно в понедельник.')).toEqual(['2022-10-17']);
    expect(at('Делегация прибудет в понедельник.')).toEqual(['2022-10-24']);
    expect(at('Обстрел начался в ночь на вторник.')).toEqual(['2022-10-18']);
  });
  it('never gives a day for a week, part of a month or the end of the month', () => {
    expect(at('На прошлой неделе переговоры сорвались.')).toEqual(['2022-10']);
    expect(at('На прошлой неделе переговоры сорвались.', '2022-10-04')).toEqual(['2022']);
    expect(at('Стрельба возобновилась в середине сентября.')).toEqual(['2022-09']);
    expect(at('Решение примут в конце месяца.')).toEqual(['2022-10']);
  });
  it('reads days, ranges, years and relative years', () => {
    expect(at('Саммит прошёл 15 сентября.')).toEqual(['2022-09-15']);
    expect(at('Учения шли с 23 по 27 августа.')).toEqual(['2022-08']);
    expect(at('Манёвры пройдут с 26 сентября по 8 октября 2023 года.', '2023-09-01')).toEqual(['2023']);
    expect(at('В 1999 году договор не продлили.')).toEqual(['1999']);
    expect(at('Это было в сентябре прошлого года.')).toEqual(['2021-09']);
    expect(at('Двадцать шестого октября министр не приехал.', '2023-11-15')).toEqual(['2023-10-26']);
  });
  it('counts offsets from the event told before', () => {
    expect(at('Двумя днями позже границу закрыли.')).toEqual(['inherit+2']);
    expect(at('На следующий день войска отошли.')).toEqual(['inherit+1']);
  });
  it('drops a dateline, which dates the report and not an event', () => {
    expect(at('МОСКВА, 14 сен — РИА Новости. Армения отказалась.')).toEqual([]);
    expect(at('12 июня.')).toEqual([]);
  });
  it('keeps only the month of an end ("until 28 October") and of a day an act came after', () => {
    expect(at('Учения продлятся до 28 октября.')).toEqual(['2022-10']);
    expect(at('Войска ввели после того, как 2 октября начались беспорядки.')).toEqual(['2022-10']);
  });
});
