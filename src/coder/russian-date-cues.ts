import { dayNumber, monthSpan, ymOf, yearSpan, type Span } from '../domain/index.js';
import { yearFor, type CueContext, type DateCue } from './date-cues.js';

// Month stems: "сентября", "сентябре", "сентябрь", "сен", "сент." all begin so.
const MONTH_STEMS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const M =
  '(январ[яеь]|феврал[яеь]|март[ае]?|апрел[яеь]|ма[яейй]|июн[яеь]|июл[яеь]|август[ае]?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь]|янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)\\.?';
const Y = '((?:19|20)\\d{2})';
const YEAR_WORD = '(?:\\s*(?:года?|г\\.?)(?![а-яё]))?';
const B = '(?<![а-яёА-ЯЁ\\d])';
const E = '(?![а-яёА-ЯЁ\\d])';
const WEEKDAYS: Record<string, number> = { воскрес: 0, понедельн: 1, вторн: 2, сред: 3, четверг: 4, пятниц: 5, суббот: 6 };
const WD = '(понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье)';
const NUMBERS: Record<string, number> = {
  один: 1,
  одна: 1,
  одним: 1,
  одной: 1,
  два: 2,
  две: 2,
  двумя: 2,
  двух: 2,
  три: 3,
  тремя: 3,
  трёх: 3,
  трех: 3,
  четыре: 4,
  четырьмя: 4,
  пять: 5,
  пятью: 5,
  шесть: 6,
  семь: 7,
  десять: 10,
};
// Days written as words ("Двадцать шестого октября"): the genitive ordinals.
const ORDINAL_UNITS: Record<string, number> = {
  первого: 1,
  второго: 2,
  третьего: 3,
  четвертого: 4,
  четвёртого: 4,
  пятого: 5,
  шестого: 6,
  седьмого: 7,
  восьмого: 8,
  девятого: 9,
  десятого: 10,
  одиннадцатого: 11,
  двенадцатого: 12,
  тринадцатого: 13,
  четырнадцатого: 14,
  пятнадцатого: 15,
  шестнадцатого: 16,
  семнадцатого: 17,
  восемнадцатого: 18,
  девятнадцатого: 19,
  двадцатого: 20,
  тридцатого: 30,
};
const ORDINAL =
  '((?:двадцать|тридцать)\\s+)?(первого|второго|третьего|четв[её]ртого|пятого|шестого|седьмого|восьмого|девятого|десятого|одиннадцатого|двенадцатого|тринадцатого|четырнадцатого|пятнадцатого|шестнадцатого|семнадцатого|восемнадцатого|девятнадцатого|двадцатого|тридцатого)';
// "after X" dates the earlier act: this one lies between it and the article. "until X" bounds a span that began before.
const AFTER_BEFORE = /(?<![а-яё])после\s+(?:того,?\s+как\s+)?(?:[а-яё]+\s+){0,3}$/i;
const UNTIL_BEFORE = /(?<![а-яё])(?:до|по)\s+$/i;

// Words a sentence looks ahead with: a bare weekday or month in it is the next one, not the last.
const FUTURE =
  /(?<![а-яё])(?:будет|будут|пройд[её]т|пройдут|состоится|состоятся|планиру\w*|запланирован\w*|намечен\w*|предстоящ\w*|следующ\w*|начн[её]тся|продлятся|продлится|прибуд[а-яё]+|провед[её]т|проведут|начн[её]т|начнут|откро[ею]тся|посетит|посетят|примет|примут|встретится|встретятся|обсудит|обсудят)(?![а-яё])/i;
// A dateline ("МОСКВА, 14 сен — РИА Новости.", "Бишкек. 25 июня. ИНТЕРФАКС -") dates the report, never an event in it.
const DATELINE_START = /^[А-ЯЁA-Z][А-ЯЁA-Zа-яёa-z .()-]{1,40}[,.]\s*$/;
const DATELINE_END = /^\s*(?:$|[./—–-]|\d{4}\s*[./—–-])/;

const monthOf = (s: string): number => {
  const l = s.toLowerCase();
  if (l.startsWith('мар')) return 3;
  if (l.startsWith('ма')) return 5;
  return MONTH_STEMS.indexOf(l.slice(0, 3)) + 1;
};
const one = (d: number): Span => ({ first: d, last: d });
const num = (s: string): number => NUMBERS[s.toLowerCase()] ?? Number(s);

// "в начале/середине/конце сентября": a third of the month (still the month at spec precision).
function partOfMonth(part: string | undefined, span: Span): Span {
  if (!part) return span;
  const p = part.toLowerCase();
  if (p.startsWith('начал')) return { first: span.first, last: span.first + 9 };
  if (p.startsWith('середин')) return { first: span.first + 10, last: span.first + 19 };
  return { first: span.first + 20, last: span.last };
}

type Made = Span | 'inherit' | { offset: number; years?: number; fallback?: Span } | undefined;
type Rule = { re: RegExp; make: (m: RegExpExecArray, ctx: CueContext) => Made; weak?: boolean };

const RULES: Rule[] = [
  // "с 26 сентября по 8 октября 2022 года", "с 23 по 27 августа", "14-16 августа"
  {
    re: new RegExp(`${B}(?:с\\s+)?(\\d{1,2})(?:\\s+${M})?\\s*(?:по|-|–|—|до)\\s*(\\d{1,2})\\s+${M}(?:\\s+${Y}${YEAR_WORD})?${E}`, 'gi'),
    make: (m, c) => {
      const m2 = monthOf(m[4]!);
      const m1 = m[2] ? monthOf(m[2]) : m2;
      const y = m[5] ? Number(m[5]) : yearFor(m2, Number(m[3]), c);
      const a = dayNumber(m1 > m2 ? y - 1 : y, m1, Number(m[1]));
      const b = dayNumber(y, m2, Number(m[3]));
      return a !== undefined && b !== undefined && b >= a ? { first: a, last: b } : undefined;
    },
  },
  // "в ночь на 13 сентября": the night ends on that day, which news dates it by.
  {
    re: new RegExp(`${B}(?:в\\s+ночь\\s+на\\s+)?(\\d{1,2})\\s+${M}(?:\\s+${Y}${YEAR_WORD})?${E}`, 'gi'),
    make: (m, c) => {
      const mo = monthOf(m[2]!);
      const d = dayNumber(m[3] ? Number(m[3]) : yearFor(mo, Number(m[1]), c), mo, Number(m[1]));
      return d === undefined ? undefined : one(d);
    },
  },
  {
    re: new RegExp(`${B}${ORDINAL}\\s+${M}(?:\\s+${Y}${YEAR_WORD})?${E}`, 'gi'),
    make: (m, c) => {
      const day = (m[1] ? (/^тридцать/i.test(m[1]) ? 30 : 20) : 0) + (ORDINAL_UNITS[m[2]!.toLowerCase().replace('ё', 'е')] ?? 0);
      const mo = monthOf(m[3]!);
      const d = dayNumber(m[4] ? Number(m[4]) : yearFor(mo, day, c), mo, day);
      return d === undefined ? undefined : one(d);
    },
  },
  // Something recent ("о недавнем вторжении"): before the article, within about a season.
  { re: /(?<![а-яё])недавн[а-яё]*(?![а-яё])/gi, make: (_m, c) => ({ first: c.today - 90, last: c.today }) },
  {
    re: new RegExp(`${B}(\\d{1,2})\\.(\\d{2})\\.${Y}${E}`, 'g'),
    make: (m) => {
      const d = dayNumber(Number(m[3]), Number(m[2]), Number(m[1]));
      return d === undefined ? undefined : one(d);
    },
  },
  // "в сентябре прошлого года", "в конце июня 2012 года", "в середине октября", "в январе"
  {
    re: new RegExp(
      `${B}(?:(?:в|во)\\s+)?(?:(начале|середине|конце)\\s+)?${M}(?:\\s+(?:${Y}${YEAR_WORD}|(прошлого|этого|текущего|следующего)\\s+года))?${E}`,
      'gi',
    ),
    make: (m, c) => {
      const word = m[2]!.toLowerCase();
      // Bare abbreviations ("мар", "май" as a verb form) are months only with a day or a year.
      if (/^(?:янв|фев|мар|апр|июн|июл|авг|сент?|окт|нояб?|дек)$/.test(word) && !m[3]) return undefined;
      if (!/^(?:в|во)\s/i.test(m[0]) && !m[1] && !m[3] && !m[4]) return undefined;
      const mo = monthOf(word);
      const t = ymOf(c.today);
      const rel = m[4]?.toLowerCase();
      const y = m[3]
        ? Number(m[3])
        : rel === 'прошлого'
          ? t.year - 1
          : rel === 'следующего'
            ? t.year + 1
            : rel
              ? t.year
              : yearFor(mo, undefined, c);
      return partOfMonth(m[1], monthSpan(y, mo));
    },
  },
  { re: new RegExp(`${B}(?:в|во|с|до|к|на)?\\s*${Y}(?:-м)?\\s*(?:году|года|гг?\\.)${E}`, 'gi'), make: (m) => yearSpan(Number(m[1])) },
  {
    re: /(?<![а-яё])(?:на\s+(этой|прошлой|позапрошлой|следующей)\s+неделе|(?:в\s+)?(?:(начале|середине|конце)\s+)?(этого|прошлого|текущего|следующего)\s+(месяца|года)|в\s+(этом|прошлом|текущем|следующем)\s+(месяце|году)|в\s+(начале|середине|конце)\s+(месяца|года|недели))(?![а-яё])/gi,
    make: (m, c) => {
      const t = ymOf(c.today);
      if (m[1]) {
        const shift = /прошл/i.test(m[1]) ? (/позапрошл/i.test(m[1]) ? -2 : -1) : /следующ/i.test(m[1]) ? 1 : 0;
        const monday = c.today - ((t.weekday + 6) % 7) + 7 * shift;
        return { first: monday, last: monday + 6 };
      }
      const which = (m[3] ?? m[5] ?? '').toLowerCase();
      const unit = (m[4] ?? m[6] ?? m[8] ?? '').toLowerCase();
      const shift = which.startsWith('прошл') ? -1 : which.startsWith('следующ') ? 1 : 0;
      if (unit.startsWith('недел')) {
        const monday = c.today - ((t.weekday + 6) % 7);
        return { first: monday, last: monday + 6 };
      }
      if (unit.startsWith('месяц')) {
        const idx = t.year * 12 + t.month - 1 + shift;
        return partOfMonth(m[2] ?? m[7], monthSpan(Math.floor(idx / 12), (idx % 12) + 1));
      }
      return yearSpan(t.year + shift);
    },
  },
  // "в понедельник", "в минувший четверг", "в ночь на вторник", "в прошлую пятницу"
  {
    re: new RegExp(`${B}(?:(?:в|во)\\s+ночь\\s+на\\s+|(?:в|во)\\s+(?:(минувш\\w+|прошл\\w+|следующ\\w+|эт\\w+)\\s+)?)?${WD}${E}`, 'gi'),
    make: (m, c) => {
      const stem = Object.keys(WEEKDAYS).find((k) => m[2]!.toLowerCase().startsWith(k.slice(0, 4)))!;
      const target = WEEKDAYS[stem]!;
      const wd = ymOf(c.today).weekday;
      const word = m[1]?.toLowerCase() ?? '';
      const future = word.startsWith('следующ') || (!/^(?:минувш|прошл)/.test(word) && c.future);
      return one(future ? c.today + ((target - wd + 7) % 7) : c.today - ((wd - target + 7) % 7));
    },
  },
  {
    re: /(?<![а-яё])(сегодня|вчера|позавчера|накануне|завтра|сегодняшн\w+)(?![а-яё])/gi,
    make: (m, c) => {
      const w = m[1]!.toLowerCase();
      return one(c.today + (w === 'вчера' || w === 'накануне' ? -1 : w === 'позавчера' ? -2 : w === 'завтра' ? 1 : 0));
    },
  },
  {
    re: /(?<![а-яё])(\d+|один|одну|два|две|три|четыре|пять|шесть|семь|десять)?\s*(дн[яей]|день|недел[юиь]|месяц[аев]*|год[а]?|лет)\s+назад(?![а-яё])/gi,
    make: (m, c) => {
      const n = m[1] ? (NUMBERS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
      const unit = m[2]!.toLowerCase();
      const t = ymOf(c.today);
      if (unit.startsWith('д')) return one(c.today - n);
      if (unit.startsWith('нед')) return one(c.today - 7 * n);
      if (unit.startsWith('мес')) return monthSpan(t.month - n > 0 ? t.year : t.year - 1, ((t.month - n - 1 + 120) % 12) + 1);
      return yearSpan(t.year - n);
    },
  },
  // "двумя днями позже", "спустя два дня", "через три дня", "днём позже", "на следующий день"
  {
    re: /(?<![а-яё])(?:(?:(\d+|[а-яё]+)\s+)?(дн[её]м|днями|неделей|неделями)\s+(позже|позднее|ранее|раньше)|(?:спустя|через)\s+(\d+|[а-яё]+)\s+(дн[яей]|день|недел[юиь])|(на\s+следующий\s+день|на\s+другой\s+день))(?![а-яё])/gi,
    make: (m) => {
      if (m[6]) return { offset: 1 };
      const count = m[1] ?? m[4];
      const n = count ? num(count) : 1;
      if (!Number.isFinite(n)) return undefined;
      const unit = (m[2] ?? m[5] ?? '').toLowerCase();
      const days = n * (unit.startsWith('нед') ? 7 : 1);
      return m[3] && /^(?:ранее|раньше)$/i.test(m[3]) ? { offset: -days } : { offset: days };
    },
  },
  {
    re: /(?<![а-яё])(?:в\s+тот\s+же\s+день|тогда\s+же|вскоре|в\s+тот\s+же\s+вечер)(?![а-яё])/gi,
    make: () => 'inherit',
  },
  { re: /(?<![а-яё])(?:позднее|позже|затем|впоследствии|потом)(?![а-яё])/gi, make: () => 'inherit', weak: true },
];

// A word every rule above needs: a digit, a month, a weekday or a relative word.
const DATE_WORD =
  /\d|недавн|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек|недел|месяц|год|понедельн|вторник|сред[ау]|четверг|пятниц|суббот|воскресен|сегодня|вчера|накануне|завтра|назад|позже|позднее|ранее|раньше|спустя|через|следующий|вскоре|тот\s+же|затем|впоследствии|потом|тогда/i;

/** Every date phrase in a Russian sentence, resolved against the article's day (same contract as `findDateCues`). */
export function findRussianDateCues(sentence: string, ctx: CueContext): DateCue[] {
  if (!DATE_WORD.test(sentence)) return [];
  const c: CueContext = { today: ctx.today, future: ctx.future || FUTURE.test(sentence) };
  const out: DateCue[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sentence)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead,
        end = m.index + m[0].length;
      if (out.some((x) => x.start < end && start < x.end)) continue;
      const before = sentence.slice(0, start);
      if ((before.trim() === '' || DATELINE_START.test(before)) && DATELINE_END.test(sentence.slice(end))) continue;
      let span = rule.make(m, c);
      if (!span) continue;
      if (typeof span === 'object' && !('offset' in span)) {
        const lead = sentence.slice(Math.max(0, start - 40), start);
        // "направлены после того, как 2 января начались протесты": only the span from then to the article.
        // (a month stays: "тут же, после ... в сентябре" is most often the same month).
        if (AFTER_BEFORE.test(lead) && span.first === span.last && span.first <= c.today)
          span = { first: span.first, last: Math.max(span.last, c.today) };
        // "продлятся до 28 октября": an end, not the day of the act; only its month is safe.
        else if (UNTIL_BEFORE.test(lead) && span.first === span.last) {
          const t = ymOf(span.first);
          span = monthSpan(t.year, t.month);
        }
      }
      if (typeof span === 'object' && 'offset' in span) out.push({ start, end, span: 'inherit', ...span });
      else out.push(rule.weak ? { start, end, span, weak: true } : { start, end, span });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
