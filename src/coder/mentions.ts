import { isState } from '../domain/index.js';
import type { Gazetteer } from './gazetteer.js';
import { resolvePerson, type PeopleIndex, type PersonTerm } from './people.js';

export type MentionVia = 'name' | 'demonym' | 'capital' | 'institution' | 'organisation' | 'person' | 'bloc' | 'supplier';

/** A span of a sentence that names an actor. */
export interface Mention {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly via: MentionVia;
  readonly state: boolean;
  /** The preposition right before it ("in", "to", "from", ...), lower-cased, or "". */
  readonly prep: string;
  readonly possessive: boolean;
  /** A modifier such as "Russian-led" or "ethnic Uzbeks": names the actor without it acting. */
  readonly modifier: boolean;
  /** Quoted or cited as a source ("according to", "in the words of"), not acting. */
  readonly speaker: boolean;
  readonly person?: PersonTerm;
}

interface Entry {
  readonly code?: string;
  readonly via: MentionVia;
  readonly state: boolean;
  readonly terms?: readonly PersonTerm[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "in western Belarus", "to southern Kyrgyzstan": a direction between the preposition and the name keeps it.
const PREP =
  /\b(in|at|to|from|near|into|on|of|with|against|by|across|outside|over|for)\s+(?:the\s+)?(?:(?:north|south)?(?:-?(?:east|west))?ern\s+|central\s+)?$/i;
const REGION_BEFORE = /(?<![а-яё])(?:област|регион|район|округ|кра[еяю]|провинци)[а-яё]*\s+$/i;
const MODIFIER_AFTER = /^(?:-|\u2011|\u2013)(?:led|dominated|backed|made|brokered|era|speaking|language|controlled|built|based)\b/;

/** A compiled gazetteer: finds every actor mention in a sentence with one regex pass. */
export class MentionFinder {
  private readonly entries = new Map<string, Entry>();
  private readonly pattern: RegExp;
  private readonly blocPattern: RegExp;
  private readonly blocCode: string;
  /** The language's own prepositions (gazetteer.prepositions), or undefined for the English defaults. */
  private readonly prepRe: RegExp | undefined;
  private readonly prepMap: Readonly<Record<string, string>> | undefined;
  private readonly instrumental: ReadonlySet<string>;

  constructor(gazetteer: Gazetteer, people: PeopleIndex) {
    const put = (s: string, e: Entry): void => {
      if (!this.entries.has(s)) this.entries.set(s, e);
    };
    const put2 = put;
    // Texts use both the straight and the typographic apostrophe.
    const putBoth = (s: string, e: Entry): void => {
      put2(s, e);
      if (s.includes("'")) put2(s.replace(/'/g, '’'), e);
    };
    for (const s of gazetteer.states) {
      for (const n of s.names) putBoth(n, { code: s.code, via: 'name', state: true });
      for (const n of s.institutions) putBoth(n, { code: s.code, via: 'institution', state: true });
      for (const n of s.capitals) put(n, { code: s.code, via: 'capital', state: true });
      for (const n of s.demonyms) put(n, { code: s.code, via: 'demonym', state: true });
    }
    for (const o of gazetteer.organisations) for (const n of o.names) put(n, { code: o.code, via: 'organisation', state: false });
    // A maker or a weapon names the supplying state only; `state: false` keeps it out of every actor role.
    for (const o of gazetteer.suppliers) for (const n of o.names) put(n, { code: o.code, via: 'supplier', state: false });
    for (const [name, terms] of people) put(name, { via: 'person', state: true, terms });
    const forms = [...this.entries.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const terms = gazetteer.blocTerms.terms.map(escape).join('|');
    // \b knows only ASCII letters: terms in another script need Unicode word edges.
    this.blocPattern = !/[\u0400-\u04ff]/.test(terms)
      ? new RegExp(`\\b(?:${terms})\\b`, 'gi')
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms})(?![\\p{L}\\p{N}])`, 'giu');
    this.blocCode = gazetteer.blocTerms.code;
    this.instrumental = new Set(gazetteer.instrumental ?? []);
    if (gazetteer.prepositions) {
      this.prepMap = gazetteer.prepositions;
      const preps = Object.keys(gazetteer.prepositions)
        .flatMap((p) => [p, p[0]!.toUpperCase() + p.slice(1)])
        .sort((a, b) => b.length - a.length)
        .map((p) => escape(p).replace(/ /g, '\\s+'));
      // A preposition, then at most one word (an adjective: "в южной Армении"), then the name.
      // The word in between must read as an adjective (not "на вторник", not "после чего").
      this.prepRe = new RegExp(
        `(?<![\\p{L}\\p{N}])(${preps.join('|')})\\s+(?:(?!(?:чего|этого|того|него|нее|неё|них)\\s)[\\p{Ll}-]+(?:ой|ей|ом|ем|ую|юю|ая|яя|ий|ый|ого|его|ых|их|ым|им|ые|ие|ое|ее)\\s+)?$`,
        'u',
      );
    }
  }

  /** Mentions in order of position; `day` resolves leaders' names to who held office then. */
  find(sentence: string, day: string, blocAllowed = true): Mention[] {
    const out: Mention[] = [];
    this.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.pattern.exec(sentence)) !== null) {
      const e = this.entries.get(m[0])!;
      let code = e.code;
      let person: PersonTerm | undefined;
      if (e.terms) {
        person = resolvePerson(e.terms, day);
        if (!person) continue;
        code = person.code;
      }
      out.push(this.mention(sentence, m.index, m.index + m[0].length, code!, e.via, e.via === 'person' ? isState(code!) : e.state, person));
    }
    if (blocAllowed) {
      this.blocPattern.lastIndex = 0;
      while ((m = this.blocPattern.exec(sentence)) !== null) {
        const start = m.index;
        const end = start + m[0].length;
        // "the Russia-led bloc" is the CSTO; the state inside it is only a modifier.
        if (out.some((x) => x.start < end && start < x.end && !x.modifier)) continue;
        for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < end && start < out[k]!.end) out.splice(k, 1);
        out.push(this.mention(sentence, start, start + m[0].length, this.blocCode, 'bloc', false, undefined));
      }
      out.sort((a, b) => a.start - b.start);
    }
    return out;
  }

  private mention(
    s: string,
    start: number,
    end: number,
    code: string,
    via: MentionVia,
    state: boolean,
    person: PersonTerm | undefined,
  ): Mention {
    const before = s.slice(Math.max(0, start - 24), start);
    const after = s.slice(end, end + 14);
    let prep: string;
    if (this.prepRe) {
      const p = this.prepRe
        .exec(s.slice(Math.max(0, start - 40), start))?.[1]
        ?.toLowerCase()
        .replace(/\s+/g, ' ');
      prep = p
        ? (this.prepMap![p] ?? '')
        : this.instrumental.has(s.slice(start, end))
          ? 'by'
          : // "в Брестской области Беларуси", "на полигоне в Псковской области России": the state a region lies in.
            REGION_BEFORE.test(s.slice(Math.max(0, start - 30), start))
            ? 'in'
            : '';
    } else prep = PREP.exec(before)?.[1]?.toLowerCase() ?? '';
    const possessive = /^['’]s?\b/.test(after);
    // Plural demonyms name people ("ethnic Uzbeks"), and a capital before a name names a thing ("Minsk Agreements").
    const modifier =
      MODIFIER_AFTER.test(after) ||
      /\bethnic\s+$/i.test(before) ||
      // "troops, mostly Russian paratroopers": the make-up of a force, not an actor (the spec's "mostly from Russia").
      /\b(?:mostly|mainly|largely|chiefly|predominantly)\s+(?:from\s+)?(?:the\s+)?$/i.test(before) ||
      (via === 'demonym' && s[end - 1] === 's') ||
      (via === 'capital' && /^\s+[A-Z][a-z]/.test(after));
    const speaker = /\b(?:according\s+to|in\s+the\s+words\s+of|quoting|citing)\s+(?:[\w’'-]+\s+){0,3}$/i.test(
      s.slice(Math.max(0, start - 50), start),
    );
    const base = { code, start, end, via, state, prep, possessive, modifier, speaker };
    return person ? { ...base, person } : base;
  }
}
