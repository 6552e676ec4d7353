import type { DateCue } from './date-cues.js';
import { dayString } from '../domain/index.js';
import { dayOf as dayOfIso, spanToDate, type Span } from '../domain/index.js';

/** What the date of one event is resolved from. */
export interface DateInput {
  readonly sentence: string;
  readonly cues: readonly DateCue[];
  readonly at: number;
  /** Where the trigger's match ends: a phrase after it is measured from here. */
  readonly atEnd?: number;
  /** The trigger's clause, and the wider span up to the next "but"/";" break. */
  readonly soft: readonly [number, number];
  readonly hard: readonly [number, number];
  readonly previousEvent: string | null;
  /** The date earlier sentences give: same paragraph only, or (crossing) the last few sentences. */
  readonly context: (crossing: boolean) => string | null;
  /** The article's month, for the lead sentences of a story that report its news. */
  readonly leadMonth: string | undefined;
  /** The article's own day (day number): a day after it is a schedule, not a fact. */
  readonly today: number;
  /** Whether the speaker of a "said"/"told" at this position is the event's own actor. */
  readonly ownVoice: (at: number) => boolean;
  /** Whether saying it is doing it (a freeze, a cancellation, a refusal): a period still to run then dates a plan, not the act. */
  readonly declared: boolean;
  /** The act is dated by a meeting or drill that may lie ahead: its scheduled day is kept. */
  readonly keepsSchedule?: boolean;
}

// A date right after these words dates something else: "an alliance formed in <year>".
const ATTRIBUTIVE = /\b(?:formed|founded|established|created|born|set\s+up|since)\s+(?:in\s+|on\s+)?$/i;
const SPEECH =
  /\b(?:said|says|told|announced|stated|reported|confirmed|added|informed|wrote|posted|complained|recalled|insisted|warned|noted|admitted|acknowledged|claimed|disclosed|revealed)\s+(?:\w+\s+){0,4}?(?:on\s+)?$|(?<![а-яё])(?:сообщ|заяв|сказа|подтверд|отмети|объяви|рассказа|добави|уточни|поясни|переда|написа|говор)[а-яё]*\s+(?:[а-яё]+\s+){0,2}?$/i;
// "В ночь на вторник X обстрелял ..., после чего Y обратился": the act after "после чего" came after that date.
const AFTER_THAT = /(?<![а-яё])после\s+(?:чего|этого|того)(?![а-яё])/i;
// "following the September 2022 incursion": the act came after that date, so only its year is safe.
const AFTER = /\b(?:after|following|since|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of)\s+(?:the\s+|a\s+|an\s+)?$/i;
const BACKGROUND =
  /\b(?:since|before|prior\s+to|ever\s+since)\s+(?:the\s+(?:start|beginning|outbreak|onset|end)\s+of\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}$/i;
// Habits and trends ("repeatedly", "has meanwhile stepped up purchases") are not tied to the day before.
const HABITUAL =
  /\b(?:repeatedly|more\s+than\s+once|again\s+and\s+again|regularly|often|has\s+long|for\s+years|increasingly|(?:has|have)\s+(?:since|meanwhile|steadily|gradually)\b|(?:has|have)\s+(?:also\s+|meanwhile\s+)?(?:stepped\s+up|ramped\s+up|expanded|deepened|intensified))/i;
// "an exercise it was to host this autumn": a period named as the schedule of what was called off.
const SCHEDULE_BEFORE = /\b(?:(?:was|were|is|are)\s+(?:due\s+)?to\s+(?:be\s+)?\w+|planned|scheduled|slated|set|due)\s+(?:for\s+|in\s+)?$/i;

const REPORTED = /\b(?:said|says|told|stated)\s+(?:through|via|in\s+a\s+statement|in\s+an\s+interview)\b/i;
// "The Kremlin said it would not ...": a refusal spoken with no date of its own is not tied to the day before either.
const SAID_BARE = /\b(?:said|says|stated)\s+(?:that\s+)?(?:it|they)\s+$/i;
const REFERS_BACK = /^\s*(?:the\s+(?:alliance|bloc|organi[sz]ation|pact)|it|they)\b/i;
const monthOf = (d: string | null): string | null => (d !== null && d.length === 10 ? d.slice(0, 7) : d);

function candidates(input: DateInput, [from, to]: readonly [number, number], wider = true): DateCue[] {
  const inside = input.cues.filter(
    (c) => c.start >= from && c.end <= to && !ATTRIBUTIVE.test(input.sentence.slice(Math.max(0, c.start - 25), c.start)),
  );
  const strong = inside.filter((c) => !c.weak);
  let pool = strong.length ? strong : inside;
  // "would not host exercises this year, Armenia said on Tuesday": a period still running past the
  // article's day is the schedule of what was called off; a declared act is dated by its statement.
  if (input.declared && !input.keepsSchedule) {
    const past = pool.filter(
      (c) =>
        c.span === 'inherit' ||
        c.span.last <= input.today ||
        /\bearlier\s+$/i.test(input.sentence.slice(Math.max(0, c.start - 8), c.start)),
    );
    if (past.length) pool = past;
    // Only a schedule still ahead ("the drills planned for November"): it cannot date the saying, so look wider.
    else if (
      wider &&
      pool.length &&
      pool.every(
        (c) =>
          c.span !== 'inherit' &&
          (c.span.first > input.today || SCHEDULE_BEFORE.test(input.sentence.slice(Math.max(0, c.start - 30), c.start))),
      )
    )
      return [];
  }
  // "announced on Saturday that it will host ... this month": the act's own date wins over the statement's.
  // A phrase inside a later "since/after ..." clause (or "..., a rift that began when ...") dates the
  // earlier act, so it is no better than the statement's.
  const plain = pool.filter(
    (c) =>
      !SPEECH.test(input.sentence.slice(Math.max(0, c.start - 40), c.start)) &&
      !(
        c.start > input.at &&
        /\b(?:since|after|following)\b|,[^,;]*\b(?:that|which)\s+(?:began|started)\s+when\b/i.test(input.sentence.slice(input.at, c.start))
      ),
  );
  return plain.length ? plain : pool;
}

function nearest(cues: readonly DateCue[], at: number, atEnd = at): DateCue | undefined {
  let best: DateCue | undefined;
  let gap = Infinity;
  for (const c of cues) {
    const g = c.end <= at ? at - c.end : Math.max(0, c.start - atEnd);
    if (g < gap) [best, gap] = [c, g];
  }
  return best;
}

const yearOf = (d: string | null): string | null => (d === null ? null : d.slice(0, 4));
// An "after ..." clause between the trigger and the date: the date belongs to the clause.
const AFTER_BETWEEN = /^[\s,]*[^,;]*\b(?:after|following|in\s+response\s+to|in\s+the\s+wake\s+of)\b[^,;]*$/i;
// "a day after", "hours after": a measured gap, dated by its own rule.
const ONE_DAY_AFTER = /\b(?:a|an|one|two|three|\d+|hours|minutes|moments|shortly|soon|just|days|weeks)\s+(?:days?\s+|weeks?\s+)?after\b/i;
const AFTER_CLAUSE = /\b(?:after|following|since|in\s+the\s+wake\s+of)\b/i;

function sinceThen(span: Span, today: number, date: string | null): string | null {
  if (span.first > today) return yearOf(date);
  return spanToDate({ first: span.first, last: Math.max(span.last, today) }) ?? yearOf(date);
}

function cueDate(input: DateInput, c: DateCue): string | null {
  if (c.span === 'inherit') {
    if (c.weak) return monthOf(input.context(true));
    const prev = input.previousEvent;
    if (c.offset === undefined) return prev;
    // "two days later": a day counts on from the event before; a month or year before stays as it is.
    if (c.years !== undefined) return prev === null ? null : String(Number(prev.slice(0, 4)) + c.years);
    if (prev === null) return c.fallback ? spanToDate(c.fallback) : null;
    return prev.length === 10 ? dayString(dayOfIso(prev) + c.offset) : prev;
  }
  const date = spanToDate(c.span);
  const before = input.sentence.slice(Math.max(0, c.start - 40), c.start);
  // "asked for help after Azerbaijan shelled its towns on 13 September": that date is the earlier
  // act's; this one came between it and the article, so the unit covering both is all the text gives.
  if (
    AFTER.test(before) ||
    (c.start > input.at && AFTER_CLAUSE.test(input.sentence.slice(input.at, c.start))) ||
    (c.end <= input.at && AFTER_THAT.test(input.sentence.slice(c.end, input.at)))
  )
    return sinceThen(c.span, input.today, date);
  // "asked for help on Tuesday after what it said was an Azerbaijani assault": the act inside the
  // "after" clause came before that day, so only the month is safe.
  if (
    c.end <= input.at &&
    date?.length === 10 &&
    !ONE_DAY_AFTER.test(input.sentence.slice(c.end, input.at)) &&
    AFTER_BETWEEN.test(input.sentence.slice(c.end, input.at))
  )
    return monthOf(date);
  // "Uzbekistan has suspended ..., officials said Thursday": Thursday dates the report; the act
  // may be older, so only its month is given, unless the actor itself speaks (its statement is the act).
  const speech = SPEECH.exec(before);
  if (speech && date?.length === 10 && !input.ownVoice(c.start - before.length + speech.index)) return monthOf(date);
  // A day still ahead of the article is a schedule ("the summit scheduled for November 23"):
  // plans move, so the text supports the month, not the day.
  if (date?.length === 10 && c.span.first > input.today && !input.keepsSchedule) return monthOf(date);
  return date;
}

function relativeBefore(sentence: string, at: number): [number, number] | undefined {
  const re = /,\s+(?:which|who|whose)\b/g;
  let found: number | undefined;
  for (let m; (m = re.exec(sentence)) !== null && m.index < at;) found = m.index;
  if (found === undefined) return undefined;
  const close = sentence.lastIndexOf(',', at);
  return close > found ? [found, close] : undefined;
}

/**
 * The dates of one event (usually one; "in May 2021 and September 2022" gives two): the
 * nearest date phrase in its clause, else in its sentence part, else what the paragraph
 * before has dated, else the article's month for a lead sentence, else null. Context dates
 * are never more precise than their source, and habitual acts ("repeatedly") keep only the year.
 */
export function resolveEventDates(input: DateInput): { dates: (string | null)[]; cue: DateCue | undefined } {
  const pool = candidates(input, input.soft);
  // "Armenia, which froze its participation in February, did not send officers": a relative clause
  // closed before the trigger describes the subject, so even the wider part does not date the act.
  const rel = relativeBefore(input.sentence, input.at);
  let hard = pool.length ? pool : candidates(input, input.hard).filter((c) => !rel || c.end <= rel[0] || c.start >= rel[1]);
  // "left the CSTO in 1999, then rejoined it in 2006": a date before ", then" dates the act before it.
  const mine = hard.filter((c) => !(c.end <= input.at && /(?:,|\band)\s*then\s+$/i.test(input.sentence.slice(c.end, input.at))));
  if (mine.length && mine.length < hard.length) hard = mine;
  // A schedule alone is still the best the sentence gives when nothing else dates the saying.
  let cue = nearest(hard.length ? hard : candidates(input, input.soft, false), input.at, input.atEnd);
  // "troops arrived on Thursday after Tokayev asked for help late on Wednesday": an act inside an
  // "after" clause that names its own date is dated by that phrase, not by the main clause's.
  if (cue && cue.end <= input.at && AFTER_BETWEEN.test(input.sentence.slice(cue.end, input.at))) {
    const own = hard.find(
      (c) =>
        c.start >= (input.atEnd ?? input.at) &&
        !c.weak &&
        c.span !== 'inherit' &&
        !/[,;]/.test(input.sentence.slice(input.atEnd ?? input.at, c.start)),
    );
    if (own) cue = own;
  }
  if (cue) {
    const dates = [cueDate(input, cue)];
    for (const other of input.cues) {
      if (other === cue || other.weak || other.span === 'inherit') continue;
      const [a, b] = other.start < cue.start ? [other, cue] : [cue, other];
      if (/^\s*(?:,|and|,\s*and)\s*$/.test(input.sentence.slice(a.end, b.start))) dates.push(cueDate(input, other));
    }
    return { dates, cue };
  }
  // "attended the summit on Friday but refused to sign": a later clause with no date of its own
  // continues the story of the one before it, so the last date before the trigger dates it too.
  const before = input.cues.filter(
    (c) => !c.weak && c.span !== 'inherit' && c.end <= input.at && (!rel || c.end <= rel[0] || c.start >= rel[1]),
  );
  if (before.length) {
    const c = before[before.length - 1]!;
    return { dates: [cueDate(input, c)], cue: c };
  }
  // "Since the start of Russia's aggression, ...": an act named as the time before the news is not the news.
  const lead = BACKGROUND.test(input.sentence.slice(Math.max(0, input.at - 60), input.at)) ? undefined : input.leadMonth;
  const strong = input.cues.filter((c) => !c.weak);
  if (strong.length) {
    // "X has asked the CSTO for troops, but the bloc said on Monday ...": a date only after ", but"
    // dates the other act; a lead sentence's act still has the article's month.
    const laterOnly = strong.every((c) => c.start >= input.at && /(?:,\s*but|;)\s/.test(input.sentence.slice(input.at, c.start)));
    return { dates: [laterOnly ? (lead ?? null) : null], cue: undefined };
  }
  // "The alliance also refused ...": a sentence that refers back continues the story before it,
  // even across a paragraph break, but only the month is safe then.
  const back = REFERS_BACK.test(input.sentence.slice(0, input.at)) ? monthOf(input.context(true)) : null;
  // A statement reported without its own date ("X, who skipped the meeting, said through a spokesman
  // ...") is not tied to the day the sentence before names: only that day's month is safe.
  const ctx = input.context(false);
  let date =
    (ctx !== null && (REPORTED.test(input.sentence.slice(0, input.at)) || SAID_BARE.test(input.sentence.slice(0, input.at)))
      ? monthOf(ctx)
      : ctx) ??
    lead ??
    back ??
    null;
  if (date !== null && HABITUAL.test(input.sentence)) date = date.slice(0, 4);
  return { dates: [date], cue: undefined };
}
