import type { PeopleIndex } from './people.js';
import { dayOf as dayOfIso } from '../domain/index.js';
import type { DateCue } from './date-cues.js';

const BIRTHDAY = /\b((?:[A-Z][\p{L}-]+\s+){0,2}[A-Z][\p{L}-]+)['’]s\s+(\d{1,3})(?:st|nd|rd|th)\s+birthday\b/gu;

/**
 * Dates an anchor the text names but does not date, from the data: "on Putin's 70th birthday".
 * The day comes from outside the text, so the cue carries it as `anchorDay` and the event
 * keeps the month (an analyst can check the day; the text alone does not give it).
 */
export function findAnchors(sentence: string, people: PeopleIndex): DateCue[] {
  const out: DateCue[] = [];
  BIRTHDAY.lastIndex = 0;
  for (let m; (m = BIRTHDAY.exec(sentence)) !== null;) {
    const words = m[1]!.split(/\s+/);
    let born: string | undefined;
    for (let i = 0; i < words.length && !born; i++) born = people.get(words.slice(i).join(' '))?.find((t) => t.born)?.born;
    if (!born) continue;
    const day = dayOfIso(`${Number(born.slice(0, 4)) + Number(m[2])}${born.slice(4)}`);
    if (!Number.isFinite(day)) continue;
    const d = new Date(day * 86_400_000);
    const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
    const last = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000 - 1;
    out.push({ start: m.index, end: m.index + m[0].length, span: { first, last }, anchorDay: day });
  }
  return out;
}
