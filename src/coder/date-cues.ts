import { dayNumber } from '../domain/index.js';
import { monthSpan, ymOf, yearSpan, type Span } from '../domain/index.js';

/** A phrase in a sentence that dates something, resolved to a span of days. */
export interface DateCue {
  readonly start: number;
  readonly end: number;
  /** A span, or "inherit" for "shortly thereafter" (the previous event's date). */
  readonly span: Span | 'inherit';
  /** Set for anchors the text does not date by itself ("on X's 70th birthday"): the exact day. */
  readonly anchorDay?: number;
  /** "later", "then": orders the event after earlier ones without dating it. */
  readonly weak?: boolean;
  /** "two days later" (+2), "a day earlier" (-1): days added to the previous event's day. */
  readonly offset?: number;
  /** "two years later" (2), "later that year" (0): years added to the previous event's year, at year precision. */
  readonly years?: number;
  /** What an offset means with no event before it: "a day earlier" then counts from the article. */
  readonly fallback?: Span;
}

/** An offset from the previous event ("two days later"), with what it means when there is none. */
interface Offset {
  readonly offset: number;
  readonly years?: number;
  readonly fallback?: Span;
}

const SAID_BEFORE =
  /\b(?:said|told|announced|stated|confirmed|added|declared|reported|wrote|posted|complained|recalled|insisted|warned|noted|admitted|acknowledged|claimed|agreed|decided)\s+(?:[\w’'-]+\s+){0,3}(?:on\s+)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const M =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '((?:19|20)\\d{2})';

const monthOf = (s: string): number => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
const capital = (s: string | undefined): boolean => s !== undefined && s[0] !== undefined && s[0] >= 'A' && s[0] <= 'Z';
const one = (d: number): Span => ({ first: d, last: d });

/** Context for resolving relative phrases: the article's day and whether the sentence looks ahead. */
export interface CueContext {
  readonly today: number;
  readonly future: boolean;
}

// A month named without a year, in any language: the one nearest the article in the sentence's direction of time.
export function yearFor(month: number, day: number | undefined, ctx: CueContext): number {
  const t = ymOf(ctx.today);
  const probe = dayNumber(t.year, month, day ?? 1) ?? ctx.today;
  // News names upcoming dates without a year too, so only a date well ahead means last year.
  if (!ctx.future && probe > ctx.today + (day === undefined ? 0 : 45)) return t.year - 1;
  if (ctx.future && probe < ctx.today - 183) return t.year + 1;
  return t.year;
}

function dayOrMonth(year: number, month: number, day: number): Span | undefined {
  const d = dayNumber(year, month, day);
  return d === undefined ? undefined : one(d);
}

type Rule = { re: RegExp; make: (m: RegExpExecArray, ctx: CueContext) => Span | 'inherit' | Offset | undefined };

const RULES: Rule[] = [
  // "in September last year": the month of the year before (one phrase, not a month and a year).
  {
    re: new RegExp(`\\b${M}\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'gi'),
    make: (m, c) => {
      if (!capital(m[1])) return undefined;
      return monthSpan(ymOf(c.today).year - (m[2]!.toLowerCase() === 'last' ? 1 : 0), monthOf(m[1]!));
    },
  },
  // "from September 26 to October 8", "July 15-24", "September 1 to 6"
  {
    re: new RegExp(`\\b${M}\\s+${D}\\s*(?:-|–|to|until|and)\\s*(?:${M}\\s+)?${D}(?:,?\\s+${Y})?\\b`, 'gi'),
    make: (m, c) => {
      if (!capital(m[1])) return undefined;
      const m1 = monthOf(m[1]!),
        m2 = m[3] ? monthOf(m[3]) : m1;
      const y = m[5] ? Number(m[5]) : yearFor(m1, Number(m[2]), c);
      const a = dayNumber(y, m1, Number(m[2])),
        b = dayNumber(m2 < m1 ? y + 1 : y, m2, Number(m[4]));
      return a !== undefined && b !== undefined && b >= a ? { first: a, last: b } : undefined;
    },
  },
  {
    re: new RegExp(`\\b${M}\\s+${D}(?:,?\\s+${Y})?\\b`, 'gi'),
    make: (m, c) => {
      if (!capital(m[1])) return undefined;
      const mo = monthOf(m[1]!);
      return dayOrMonth(m[3] ? Number(m[3]) : yearFor(mo, Number(m[2]), c), mo, Number(m[2]));
    },
  },
  {
    re: new RegExp(`\\b${D}\\s+${M}(?:,?\\s+${Y})?\\b`, 'gi'),
    make: (m, c) => {
      if (!capital(m[2])) return undefined;
      const mo = monthOf(m[2]!);
      return dayOrMonth(m[3] ? Number(m[3]) : yearFor(mo, Number(m[1]), c), mo, Number(m[1]));
    },
  },
  {
    re: new RegExp(
      `\\b(?:(?:mid|early|late)[- ]|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?${M}(?:\\s+(?:of\\s+)?${Y})?\\b`,
      'gi',
    ),
    make: (m, c) => {
      if (!capital(m[1])) return undefined;
      const mo = monthOf(m[1]!);
      // "May" alone is too often a verb; only take it with a year or a cue word before it.
      // "agreed in May to": after "in", "since", "until" the capital is the month.
      if (
        /^may$/i.test(m[1]!) &&
        !m[2] &&
        !/^(mid|early|late|end|beginning|start|middle|the)/i.test(m[0]) &&
        !/\b(?:in|since|until|from|through)\s+$/.test(m.input.slice(Math.max(0, m.index - 8), m.index))
      )
        return undefined;
      return monthSpan(m[2] ? Number(m[2]) : yearFor(mo, undefined, c), mo);
    },
  },
  {
    re: new RegExp(`\\blast\\s+${M}\\b`, 'gi'),
    make: (m, c) => {
      if (!capital(m[1])) return undefined;
      const mo = monthOf(m[1]!),
        t = ymOf(c.today);
      return monthSpan(mo < t.month ? t.year : t.year - 1, mo);
    },
  },
  {
    re: new RegExp(
      `\\b(?:in|since|by|until|of|early|late|mid|the\\s+(?:spring|summer|autumn|fall|winter)\\s+of)[- ]+${Y}\\b(?![- ]\\d)`,
      'gi',
    ),
    make: (m) => yearSpan(Number(m[1])),
  },
  {
    re: /\b(?:(?:early|late|earlier|later)\s+)?(last|this|next)\s+(week(?:end)?|month|year|(?:spring|summer|autumn|fall|winter))\b/gi,
    make: (m, c) => relative(m[1]!.toLowerCase(), m[2]!.toLowerCase(), c),
  },
  { re: /\b(?:earlier|later)\s+this\s+(week|month|year)\b/gi, make: (m, c) => relative('this', m[1]!.toLowerCase(), c) },
  { re: /\bover\s+the\s+weekend\b/gi, make: (_m, c) => relative('last', 'weekend', c) },
  {
    re: /\b(?:(?:earlier|late|early)\s+)?(?:(on|last|this|next|since)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    make: (m, c) => {
      // "will leave the bloc, he told parliament on Wednesday": a weekday dating a past-tense report is past, whatever the sentence plans.
      const reported = SAID_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index));
      const word = m[1]?.toLowerCase();
      return weekday(WEEKDAYS.indexOf(m[2]!.toLowerCase()), reported && word !== 'next' ? 'last' : word, c);
    },
  },
  {
    re: /\b(yesterday|today|tonight|overnight|this\s+(?:morning|afternoon|evening))\b/gi,
    make: (m, c) => one(m[1]!.toLowerCase() === 'yesterday' ? c.today - 1 : c.today),
  },
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+ago\b/gi,
    make: (m, c) => ago(m[1]!.toLowerCase(), m[2]!.toLowerCase(), c),
  },
  // "two days later", "a day earlier": counted from the event told before (narrative time), not the article.
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week)s?\s+(later|afterwards?|earlier|before)\b(?!\s+(?:than|the|a|an|it|he|she|they|its|\w+ed)\b)/gi,
    make: (m, c) => {
      const n = (NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])) * (m[2]!.toLowerCase() === 'week' ? 7 : 1);
      const back = /^(?:earlier|before)$/i.test(m[3]!);
      return back ? { offset: -n, fallback: ago(m[1]!.toLowerCase(), m[2]!.toLowerCase(), c) } : { offset: n };
    },
  },
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(month|year)s?\s+earlier\b/gi,
    make: (m, c) => ago(m[1]!.toLowerCase(), m[2]!.toLowerCase(), c),
  },
  // "two years later", "at the end of that year": counted in years from the event told before.
  {
    re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+years?\s+later\b/gi,
    make: (m) => ({ offset: 0, years: NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]) }),
  },
  {
    re: /\b(?:(?:at|by|towards?)\s+)?the\s+end\s+of\s+(?:that|the\s+same)\s+year\b|\blater\s+(?:that|the\s+same)\s+year\b|\bthat\s+same\s+year\b/gi,
    make: () => ({ offset: 0, years: 0 }),
  },
  { re: /\bthe\s+(?:next|following)\s+day\b|\bthe\s+day\s+after\b(?!\s+\w)/gi, make: () => ({ offset: 1 }) },
  {
    re: /\b(?:shortly|soon|not\s+long)\s+(?:thereafter|afterwards?|after(?=\s*,|\s+that\b))|\bthe\s+same\s+day\b|\blater\s+that\s+(?:day|evening|night)\b|\bdays\s+later\b/gi,
    make: () => 'inherit',
  },
  { re: /\b(?:later|subsequently|then)\b(?!\s+(?:this|that|in|on|than))/gi, make: () => 'inherit' },
];

const WEAK = RULES[RULES.length - 1]!;
// A word every rule above needs: a digit, a month or weekday, or a relative time word.
const DATE_WORD =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|month|year|spring|summer|autumn|fall|winter|sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|tonight|overnight|morning|afternoon|evening|ago|earlier|later|thereafter|afterward|after|following|next\s+day|day\s+after|(?:day|week)s?\s+before|then|subsequently/i;
const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

function ago(count: string, unit: string, c: CueContext): Span {
  const n = NUMBERS[count] ?? Number(count);
  const t = ymOf(c.today);
  if (unit === 'day') return one(c.today - n);
  if (unit === 'week') return one(c.today - 7 * n);
  if (unit === 'month') return monthSpan(t.month - n > 0 ? t.year : t.year - 1, ((t.month - n - 1 + 120) % 12) + 1);
  return yearSpan(t.year - n);
}

function relative(which: string, unit: string, c: CueContext): Span {
  const shift = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const t = ymOf(c.today);
  if (unit === 'week' || unit === 'weekend') {
    const monday = c.today - ((t.weekday + 6) % 7) + 7 * shift;
    return unit === 'week' ? { first: monday, last: monday + 6 } : { first: monday + 5, last: monday + 6 };
  }
  if (unit === 'month') {
    const idx = t.year * 12 + t.month - 1 + shift;
    return monthSpan(Math.floor(idx / 12), (idx % 12) + 1);
  }
  // Seasons are taken at year precision: they are too loose to name a month.
  return yearSpan(t.year + (unit === 'year' || which !== 'this' ? shift : 0));
}

// A bare weekday is the latest such day up to the article (or the next one, looking ahead).
function weekday(target: number, word: string | undefined, c: CueContext): Span {
  const wd = ymOf(c.today).weekday;
  const future = word === 'next' || (word !== 'last' && c.future);
  if (future) return one(c.today + ((target - wd + 7) % 7));
  return one(c.today - ((wd - target + 7) % 7));
}

/** Every date phrase in a sentence, resolved against the article's day; overlaps keep the first rule's reading. */
export function findDateCues(sentence: string, ctx: CueContext): DateCue[] {
  // Most sentences hold no date word at all; one cheap test spares them the fourteen rules below.
  if (!DATE_WORD.test(sentence)) return [];
  const out: DateCue[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(sentence)) !== null) {
      const start = m.index,
        end = start + m[0].length;
      if (out.some((c) => c.start < end && start < c.end)) continue;
      const span = rule.make(m, ctx);
      if (!span) continue;
      if (typeof span === 'object' && 'offset' in span) out.push({ start, end, span: 'inherit', ...span });
      else out.push(rule === WEAK ? { start, end, span, weak: true } : { start, end, span });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
