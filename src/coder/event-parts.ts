import type { Place } from './gazetteer.js';
import type { Mention } from './mentions.js';

// Where one clause of a sentence ends and another begins, for attaching date phrases to the act
// they date: in "X asked for troops, but Y said Thursday it would not send them" Thursday is Y's.
const CLAUSE_BREAK =
  /;|:\s|,\s+(?:but|while|whereas|although|though|which|who|whose|when|before|after|citing|saying|accusing|adding|blaming|noting)\b|\s[—–]\s|\bbut\b|\band\s+(?:then|later)\b|,\s+(?:но|а|однако|хотя|который|которая|которое|которые|когда|после\s+чего)(?![а-яё])/g;
// Only these separate two acts; a relative clause ("which was to be held last week") still belongs to its act.
const HARD_BREAK = /;|:\s|,\s+(?:but|while|whereas|although|though)\b|\s[—–]\s|\bbut\b|,\s+(?:но|а|однако|хотя)(?![а-яё])/g;

/** The [start, end) of the clause holding position `at` (`hard`: only breaks between two acts). */
export function clauseAround(sentence: string, at: number, hard = false): [number, number] {
  let start = 0;
  let end = sentence.length;
  const re = hard ? HARD_BREAK : CLAUSE_BREAK;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sentence)) !== null) {
    if (m.index + m[0].length <= at) start = m.index;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  // "Uzbekistan, which left the alliance in 2012, held exercises": a relative clause closed before
  // the trigger describes its subject, so the trigger's clause starts after it.
  if (!hard && /^,\s+(?:which|who|whose)\b/.test(sentence.slice(start, start + 9))) {
    const close = sentence.lastIndexOf(',', at);
    if (close > start) start = close;
  }
  return [start, end];
}

const EXERCISE_NAME = /["“‘']?\b((?:[A-Z][a-z]+[ -]){1,3}(?:-\s*|–\s*)?(?:19|20)\d{2})\b["”’']?/g;

/** A code name with a year ("Indestructible Brotherhood 2022", "Interaction-2021"). */
export function exerciseName(sentence: string): string | undefined {
  EXERCISE_NAME.lastIndex = 0;
  for (let m; (m = EXERCISE_NAME.exec(sentence)) !== null;) {
    const name = m[1]!.replace(/\s+/g, ' ');
    if (
      !/^(?:In|On|Since|By|Until|From|The|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
        name,
      )
    )
      return name;
  }
  return undefined;
}

/** A UN document symbol, or a plain description when the text gives none. */
export function resolutionName(sentence: string): string {
  return /\b(?:A\/RES\/[\d/.-]+|ES-\d+\/\d+|S\/RES\/\d+(?:\s*\(\d{4}\))?)/.exec(sentence)?.[0] ?? 'UN General Assembly resolution';
}

const SAYS =
  /^[^.;]{0,40}?\b(?:said|says|say|saying|claimed|claims|claiming|reported|reports|accused|accusing|alleged|alleging|stated|states|told|informed|insisted|insists|blamed|blaming|charged|maintained)\b/;

/** The one side whose account a sentence gives ("The Tajik side said ..."), if exactly one is named. */
export function claimant(sentence: string, mentions: readonly Mention[], sides: readonly string[]): string | undefined {
  if (/\bboth\s+(?:sides|countries)\b/i.test(sentence)) return undefined;
  const found = new Set<string>();
  for (const m of mentions) {
    if (!sides.includes(m.code)) continue;
    const before = sentence.slice(Math.max(0, m.start - 20), m.start);
    if (/according\s+to\s+(?:the\s+)?$/i.test(before) || SAYS.test(sentence.slice(m.end))) found.add(m.code);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Compiled place names: the location of an event is the first place named after in/at/near. */
export class PlaceFinder {
  private readonly byName = new Map<string, Place>();
  private readonly re: RegExp;
  private readonly plain: RegExp;

  /** `prepositions`: a language's own (gazetteer.prepositions); those read as in/at/near/from introduce a place. */
  constructor(places: readonly Place[], prepositions?: Readonly<Record<string, string>>) {
    for (const p of places) for (const n of [p.name, ...p.aliases]) this.byName.set(n, p);
    const forms = [...this.byName.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const own = prepositions
      ? Object.entries(prepositions)
          .filter(([, rel]) => ['in', 'at', 'near', 'from', 'on'].includes(rel))
          .flatMap(([p]) => [p, p[0]!.toUpperCase() + p.slice(1)])
          .map((p) => p.replace(/ /g, '\\s+'))
      : [];
    this.re = own.length
      ? new RegExp(`(?<![\\p{L}])(?:${own.join('|')})\\s+(${forms.join('|') || '(?!)'})(?![\\p{L}])`, 'gu')
      : new RegExp(
          `\\b(?:in|at|near|outside|from)\\s+(?:the\\s+(?:city|town|village|region)\\s+of\\s+)?(${forms.join('|') || '(?!)'})\\b`,
          'g',
        );
    this.plain = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
  }

  /** Every place name of a sentence with its country, wherever it stands. */
  spans(sentence: string): { start: number; end: number; country: string }[] {
    const out: { start: number; end: number; country: string }[] = [];
    this.plain.lastIndex = 0;
    for (let m; (m = this.plain.exec(sentence)) !== null;) {
      const p = this.byName.get(m[0]);
      if (p) out.push({ start: m.index, end: m.index + m[0].length, country: p.country });
    }
    return out;
  }

  /** The country of the first place the sentence names after "in", "at", "near" ("in Nagorno-Karabakh" → AZE). */
  country(sentence: string): string | undefined {
    this.re.lastIndex = 0;
    const m = this.re.exec(sentence);
    return m ? this.byName.get(m[1]!)?.country : undefined;
  }

  /** The place named in a sentence, in the spec's `location` shape. */
  find(sentence: string): { name: string; admin1?: string; lat?: number; lon?: number } | undefined {
    this.re.lastIndex = 0;
    const m = this.re.exec(sentence);
    const p = m ? this.byName.get(m[1]!) : undefined;
    if (!p) return undefined;
    const loc: { name: string; admin1?: string; lat?: number; lon?: number } = { name: p.name };
    if (p.admin1 !== undefined) loc.admin1 = p.admin1;
    if (p.lat !== undefined) loc.lat = p.lat;
    if (p.lon !== undefined) loc.lon = p.lon;
    return loc;
  }
}
