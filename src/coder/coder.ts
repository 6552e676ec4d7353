import {
  CodedEvent,
  intervalOf,
  isPartyStatus,
  statusOn,
  dayString,
  type Alliance,
  type Article,
  type Leader,
  type Member,
} from '../domain/index.js';
import { findAnchors } from './date-anchors.js';
import { leadSentences } from './lead.js';
import { findDateCues, type DateCue } from './date-cues.js';
import { dayOf as dayOfIso, spanToDate } from '../domain/index.js';
import { resolveEventDates } from './event-date.js';
import { dedupe } from './dedupe.js';
import { claimant, clauseAround, exerciseName, PlaceFinder, resolutionName } from './event-parts.js';
import { eachMatch } from './rule-matches.js';
import { Screen } from './screen.js';
import { boycottDates, fillSiblingDates } from './sibling-dates.js';
import { alignmentFromVotes, type VoteAlliance } from './vote-alignment.js';
import { loadCoderSettings, loadLanguage, type Language, type Lexicon } from './language.js';
import { MentionFinder, type Mention } from './mentions.js';
import type { CompiledRule, Patterns } from './patterns.js';
import { indexPeople, type PeopleIndex } from './people.js';
import { addressees, list, listAfter, moreForums, morePartners, resolveRole, type AllianceView, type RoleContext } from './roles.js';
import type { RoleSpec } from './patterns.js';
import { splitSentences } from './sentences.js';
import type { StemHits } from './trigger-index.js';
import { TokenPass } from './token-pass.js';
import type { EventMatch } from './engine/index.js';

/** What emitting an event needs of a rule, legacy regex rule or token rule alike; a role "slot:x" is the actor slot x bound. */
type EmitRule = Pick<
  CompiledRule,
  'id' | 'type' | 'defaultActor' | 'defaultTarget' | 'confidence' | 'details' | 'precedes' | 'dateUnit' | 'scheduleDay'
> & {
  readonly actor: string;
  readonly target: string;
};
type Slots = EventMatch['slots'];
const slotName = (ref: string): string | undefined => (ref.startsWith('slot:') ? ref.slice(5) : undefined);
const roleOf = (ref: string | { slot: string }): string => (typeof ref === 'string' ? ref : `slot:${ref.slot}`);

/** What a coder is built from: the alliance and its snapshot; the language defaults to its pack's English folder. */
export interface CoderOptions {
  readonly alliance: Alliance;
  /** Status intervals, for who was a party on an article's date. */
  readonly members: readonly Member[];
  /** Dated leaders, so "Tokayev" resolves to the state he led on the article's date. */
  readonly leaders: readonly Leader[];
  readonly language?: Language;
  /** false: code every sentence with a candidate rule, skipping the screen (for checking that the screen changes nothing). */
  readonly screen?: boolean;
  /** Told which rule made each record (for development: `npm run eval -- --trace`). */
  readonly trace?: (ruleId: string, event: CodedEvent) => void;
}

const FUTURE = /\b(?:will|shall|is\s+to|are\s+to|scheduled|upcoming|due\s+to|expected\s+to|next|planned\s+for)\b/i;
const DATELINE =
  /^[A-Z][A-Z .'’-]+,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?[-–—]+\s/;
// Acts a coordinated subject does together ("Azerbaijan, Georgia and Uzbekistan declined to renew").
const SHARED_ACTS =
  /^(?:membership\.|summit\.absent|declaration\.refused|exercise\.boycotted|exercise\.cancelled|alignment\.|assistance\.refused_by_requester)/;
const PRONOUN_START = /\b(?:it|he|she|they)\b/i;
const PAIR = /\bthe\s+two\s+(?:countries|nations|states|neighbou?rs|republics)\b/i;
// Acts done in the world rather than by saying them: a period named with them ("held drills this
// week") dates the act itself, even when it runs past the article's day.
const PHYSICAL = new Set([
  'assistance.requested',
  'clash',
  'deployment.started',
  'deployment.ended',
  'exercise.held',
  'external.cooperation',
  'un.vote',
]);
// Troops a state sends outside the alliance's members ("Russian peacekeepers arrived in Nagorno-Karabakh")
// are that state's, not the alliance's, unless the sentence names the alliance (lexicon: alliance_in_sentence).
const TROOPS_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}(?:peacekeep\w*|troops|forces|soldiers|servicemen|contingents?|units|paratroopers|border\s+guards)\b/i;
const PAST_CLAUSE = /^,?\s+(?:it|they|he|she)\s+(?:also\s+)?(?:signed|held|agreed|sent|bought|met|joined|hosted|opened|launched|\w+ed)\b/i;
const PERFECT_START = /\b(?:has|have)\s+(?:\w+\s+)?(?:begun|started)\b/i;
const REPORT_BEFORE = /\b(?:said|says|confirmed|announced|told\s+[\w\s]{0,20}?|reported)\s+(?:on\s+)?$/i;
const SPEAKER_GAP = /^(?:['’]s?)?\s*(?:[\w-]+\s+){0,3}$/;
// An act told without a date in a later sentence ("Belarus and Armenia voted no", "Tajik guards opened
// fire first", "Nazarbayev did not attend the meeting") belongs to the vote, fight or meeting an earlier
// sentence dated to the day ("the assembly voted on Wednesday", "a shootout on Wednesday", "a summit on Monday").
const TOPIC: Readonly<Record<string, RegExp>> = {
  'un.vote': /\b(?:vot(?:e|ed|ing)|resolution|General\s+Assembly)\b|(?<![а-яё])(?:резолюци|голосова|[Гг]енассамбле)/i,
  'summit.absent': /\b(?:summits?|meetings?|sessions?|gatherings?)\b|(?<![а-яё])(?:саммит|заседани|встреч)/i,
  'declaration.refused': /\b(?:summits?|meetings?|sessions?|gatherings?)\b/i,
  clash: /\b(?:clash(?:es|ed)?|shootout|fighting|firefight|skirmish(?:es)?|shelling|exchange\s+of\s+fire|(?:broke|flared)\s+out)\b/i,
};

// "«Казахстан не будет ...», — заявил X": a quotation the sentence opens with, attributed after a dash, was
// said at some time the story does not give; the lead's month is the report's, so only its year is safe.
const QUOTED_LEAD = /^\s*[«„“"]([^»”"]{10,})[»”"][,.!?]*\s+[—–-]\s/;
// "Он также подчеркнул, что ...": more of the statement the sentence before quoted.
const ALSO_SAID = /^(?:Он|Она|Они)\s+(?:также|кроме\s+того)\s+[а-яё]+,?\s+что(?![а-яё])/u;
function quotedStatement(sentence: string, at: number): boolean {
  const m = QUOTED_LEAD.exec(sentence);
  return m !== null && at < m[0].length;
}

/** Per-article state while its sentences are coded in order. */
interface ArticleState {
  readonly article: Article;
  readonly sentences: readonly string[];
  readonly paragraphs: readonly number[];
  /** Indices of the first prose sentences: the lead that reports the story's news. */
  readonly lead: ReadonlySet<number>;
  readonly cues: Map<number, DateCue[]>;
  readonly today: number;
  /** Whether the article names the alliance (so "the bloc" can mean it); computed on first need. */
  blocAllowed: boolean | undefined;
  /** The alliance as of the article's date: who was a party then. */
  readonly alliance: AllianceView;
  readonly mentions: Map<number, Mention[]>;
  /** Dates of the events coded so far, with where their triggers were: "two days later" counts from the last one before. */
  readonly dated: { i: number; at: number; type: string; date: string }[];
  requester: string | undefined;
  readonly events: CodedEvent[];
}

// The date of the event told last before position `at` of sentence i (not one coded later in the same sentence).
// Another rule reading the same act in the same sentence ("decided to send peacekeepers") is not an event before it.
function previousDate(st: ArticleState, i: number, at: number, type: string): string | null {
  for (let k = st.dated.length - 1; k >= 0; k--) {
    const d = st.dated[k]!;
    if (d.i < i || (d.i === i && d.at < at && d.type !== type)) return d.date;
  }
  return null;
}

// The pack's leaders spelt as a language writes them (only those the language folder spells).
function inLanguage(leaders: readonly Leader[], forms: ReadonlyMap<string, readonly string[]>): Leader[] {
  return leaders.flatMap((l) => {
    const f = forms.get(l.name);
    return f ? [{ ...l, name: f[0]!, aliases: f.slice(1) }] : [];
  });
}

const VOTING_STATUSES: ReadonlySet<string> = new Set(['member', 'withdrawal_announced', 'frozen']);

/** The news coder: sentences in, spec event records out (see docs/coder.md). */
export class Coder {
  private readonly finder: MentionFinder;
  private readonly places: PlaceFinder;
  private readonly patterns: Patterns;
  private readonly people: PeopleIndex;
  private readonly screen: Screen | undefined;
  private readonly tokenPass: TokenPass | undefined;
  private readonly trace: CoderOptions['trace'];
  private readonly lexicon: Lexicon;
  private readonly alliance: Alliance;
  private readonly members: readonly Member[];
  private readonly notPartners: ReadonlySet<string>;
  private readonly views = new Map<string, AllianceView>();
  private readonly dateCues: typeof findDateCues;

  constructor(opts: CoderOptions) {
    const language = opts.language ?? loadLanguage(opts.alliance, 'en');
    const { gazetteer } = language;
    this.alliance = opts.alliance;
    this.members = opts.members;
    this.notPartners = new Set(loadCoderSettings(opts.alliance).not_partners.map((p) => p.code));
    this.lexicon = language.lexicon;
    this.people = indexPeople(language.leaderForms ? inLanguage(opts.leaders, language.leaderForms) : opts.leaders, gazetteer.people);
    this.finder = new MentionFinder(gazetteer, this.people);
    this.places = new PlaceFinder(gazetteer.places, gazetteer.prepositions);
    this.dateCues = language.dateCues ?? findDateCues;
    this.patterns = language.patterns;
    this.screen = opts.screen === false ? undefined : new Screen(this.patterns);
    this.tokenPass = language.engine ? new TokenPass(language.engine, this.places) : undefined;
    this.trace = opts.trace;
  }

  // The parties on a day, for roles that tell a member from an outsider; articles share few dates.
  private viewOn(day: string): AllianceView {
    let v = this.views.get(day);
    if (!v) {
      const parties = new Set(this.members.filter((m) => isPartyStatus(statusOn(m, day).status)).map((m) => m.code));
      v = {
        code: this.alliance.code,
        hegemon: this.alliance.hegemon,
        forums: new Set(this.alliance.summitBodies),
        parties,
        notPartners: this.notPartners,
      };
      if (this.views.size > 4096) this.views.clear();
      this.views.set(day, v);
    }
    return v;
  }

  // Whose UN vote says something about alignment: a member, one leaving, or one that froze its own
  // participation (still inside, and its divergence is the news), but not a suspended or withdrawn
  // state. A partial date counts from its first day; none, from the article's.
  private voteAlliance(articleDay: string): VoteAlliance {
    return {
      hegemon: this.alliance.hegemon,
      votesAsMember: (code, date) => {
        const m = this.members.find((x) => x.code === code);
        const day = date === null ? articleDay : dayString(intervalOf(date).first);
        return m !== undefined && VOTING_STATUSES.has(statusOn(m, day).status);
      },
    };
  }

  /** True when some rule's trigger may start in the sentence: the cheap test run before the patterns. */
  triggers(sentence: string): boolean {
    return this.patterns.index.candidates(sentence).length > 0;
  }

  /** Codes one article; never throws on odd text, and every record validates as `CodedEvent`. */
  code(article: Article): CodedEvent[] {
    const text = article.text;
    const index = this.patterns.index;
    if (!this.screen || !index.complete) return this.codeAll(article, undefined);
    const lowered = text.toLowerCase();
    // Offsets line up unless lower-casing changed the length (a rare letter like "İ").
    if (lowered.length !== text.length) return this.codeAll(article, undefined);
    const hits = index.hits(lowered);
    // Most news cannot yield an event: settle that before splitting and coding every sentence.
    if (!this.screen.mayYield(text, hits) && !this.tokenMay(article, lowered)) return [];
    return this.codeAll(article, hits);
  }

  private tokenMay(article: Article, lowered: string): boolean {
    if (!this.tokenPass) return false;
    const blocAllowed = this.lexicon.alliance_named.test(article.text);
    return this.tokenPass.mayYield(article.text, lowered, (s) => this.finder.find(s, article.date, blocAllowed));
  }

  private codeAll(article: Article, hits: StemHits | undefined): CodedEvent[] {
    const paragraphs: number[] = [];
    const starts: number[] = [];
    const sentences = splitSentences(article.text, paragraphs, starts);
    const lead = leadSentences(sentences, article.title);
    const st: ArticleState = {
      article,
      sentences,
      paragraphs,
      lead,
      cues: new Map(),
      today: dayOfIso(article.date),
      blocAllowed: undefined,
      alliance: this.viewOn(article.date),
      mentions: new Map(),
      dated: [],
      requester: undefined,
      events: [],
    };
    const index = this.patterns.index;
    const candidates = hits ? index.bySentence(hits, starts) : index.perSentence(article.text, sentences, starts);
    const lowered = this.tokenPass ? article.text.toLowerCase() : '';
    for (let i = 0; i < sentences.length; i++) {
      const rules = candidates[i]!;
      if (rules.length) this.codeSentence(st, i, rules);
      if (this.tokenPass?.mayHold(sentences[i]!.toLowerCase())) this.codeTokens(st, i, lowered);
    }
    return dedupe(alignmentFromVotes(boycottDates(fillSiblingDates(st.events)), this.voteAlliance(article.date), this.lexicon));
  }

  private cuesOf(st: ArticleState, i: number): DateCue[] {
    let c = st.cues.get(i);
    if (!c) {
      const s = st.sentences[i]!;
      const future = FUTURE.test(s);
      let found = this.dateCues(s, { today: st.today, future });
      // "..., and in December it signed a charter that is expected to ...": a month followed by its own
      // past-tense clause is the one before the article, whatever else the sentence looks ahead to.
      if (future && found.some((x) => PAST_CLAUSE.test(s.slice(x.end, x.end + 30)))) {
        const past = this.dateCues(s, { today: st.today, future: false });
        found = found.map((x) =>
          PAST_CLAUSE.test(s.slice(x.end, x.end + 30)) ? (past.find((y) => y.start === x.start && y.end === x.end) ?? x) : x,
        );
      }
      c = [...found, ...findAnchors(s, this.people)];
      // "YEREVAN, Feb 23 (Wire) - ...": the dateline dates the report, never an event in the story.
      const line = i === 0 ? DATELINE.exec(s) : null;
      if (line) c = c.filter((x) => x.start >= line[0].length);
      st.cues.set(i, c);
    }
    return c;
  }

  // The last date an earlier sentence gives: within the paragraph, or (crossing) the last three sentences.
  private contextDate(st: ArticleState, i: number, crossing: boolean): string | null {
    for (let j = i - 1; j >= Math.max(0, i - (crossing ? 3 : 12)); j--) {
      if (!crossing && st.paragraphs[j] !== st.paragraphs[i]) break;
      const strong = this.cuesOf(st, j).filter((c) => !c.weak && c.span !== 'inherit' && c.span.first <= st.today);
      const last = strong[strong.length - 1];
      if (last && last.span !== 'inherit') return spanToDate(last.span);
    }
    return null;
  }

  // The day an earlier sentence gives the vote, fight or meeting it names (a day no later than the
  // article's, inside the month the act already has), or null.
  private topicDay(st: ArticleState, i: number, topic: RegExp, month: string | null): string | null {
    // "accused Dushanbe of starting that fighting": a demonstrative points at the fight named before,
    // so the date phrase nearest that name dates it, at its own precision (a month for "mid-September").
    const pointing = new RegExp(`\\b(?:that|those|this|these)\\s+${topic.source.replace(/^\\b/, '')}`, 'i').test(st.sentences[i]!);
    for (let j = i - 1; j >= 0; j--) {
      const s = st.sentences[j]!;
      const named = topic.exec(s);
      if (!named) continue;
      if (pointing) {
        const strong = this.cuesOf(st, j).filter((c) => !c.weak && c.span !== 'inherit' && c.span.first <= st.today);
        let best: DateCue | undefined,
          gap = Infinity;
        for (const c of strong) {
          const g = Math.min(Math.abs(c.start - (named.index + named[0].length)), Math.abs(c.end - named.index));
          if (g < gap) [best, gap] = [c, g];
        }
        if (best && best.span !== 'inherit' && gap < 40 && best.span.first !== best.span.last) return spanToDate(best.span);
      }
      const days = this.cuesOf(st, j).filter(
        (c) => !c.weak && c.span !== 'inherit' && c.span.first === c.span.last && c.span.last <= st.today,
      );
      const last = days[days.length - 1];
      if (!last || last.span === 'inherit') continue;
      const d = spanToDate(last.span);
      if (d && (month === null || d.startsWith(month))) return d;
    }
    return null;
  }

  // The forum named last before sentence i (for "missing the summit" after "the CIS summit").
  private lastForum(st: ArticleState, i: number): string | undefined {
    for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
      const f = this.mentionsOf(st, j)
        .filter((m) => st.alliance.forums.has(m.code))
        .pop();
      if (f) return f.code;
    }
    return undefined;
  }

  private mentionsOf(st: ArticleState, i: number): Mention[] {
    let m = st.mentions.get(i);
    if (!m) {
      const sentence = st.sentences[i]!;
      st.blocAllowed ??= this.lexicon.alliance_named.test(st.article.text);
      m = this.finder.find(sentence, st.article.date, st.blocAllowed);
      const pair = PAIR.exec(sentence);
      if (pair) m = this.withPair(st, i, m, pair.index, pair.index + pair[0].length);
      st.mentions.set(i, m);
    }
    return m;
  }

  // "the two countries' militaries held joint drills": the two states the text named last stand in.
  private withPair(st: ArticleState, i: number, own: Mention[], start: number, end: number): Mention[] {
    const codes: string[] = [];
    for (let j = i - 1; j >= Math.max(0, i - 4) && codes.length < 2; j--) {
      const ms = this.mentionsOf(st, j).filter((x) => x.state && !x.modifier && !codes.includes(x.code));
      for (const x of ms.reverse()) if (codes.length < 2 && !codes.includes(x.code)) codes.push(x.code);
    }
    if (codes.length < 2) return own;
    const stand = codes.reverse().map((code) => ({
      code,
      start,
      end,
      via: 'name' as const,
      state: true,
      prep: '',
      possessive: false,
      modifier: false,
      speaker: false,
    }));
    return [...own, ...stand].sort((a, b) => a.start - b.start);
  }

  // The state the text was last about: the first state named in this or the few sentences before.
  private antecedent(st: ArticleState, i: number, before: number): string | undefined {
    for (let j = i; j >= Math.max(0, i - 6); j--) {
      const ms = this.mentionsOf(st, j).filter((m) => m.state && !m.modifier && (j < i || m.end <= before));
      const pick = ms.find((m) => st.alliance.parties.has(m.code) && m.prep === '') ?? ms.find((m) => m.prep === '') ?? ms[0];
      if (pick) return pick.code;
    }
    // Nothing earlier in the text: the headline names whom the story is about.
    const title = st.article.title;
    if (!title) return undefined;
    const ms = this.finder.find(title, st.article.date, false).filter((m) => m.state && !m.modifier && m.prep === '');
    return (ms.find((m) => st.alliance.parties.has(m.code)) ?? ms[0])?.code;
  }

  private codeSentence(st: ArticleState, i: number, rules: readonly CompiledRule[]): void {
    const sentence = st.sentences[i]!;
    for (const rule of rules)
      eachMatch(sentence, st.article.text, rule, this.patterns, (m) => this.emit(st, i, rule, m.start, m.end, m.clause, m.modal));
  }

  // The token engine's rules on one sentence: roles from their slots, or from the named strategies.
  private codeTokens(st: ArticleState, i: number, lowered: string): void {
    for (const m of this.tokenPass!.matches(st.sentences[i]!, this.mentionsOf(st, i), lowered)) {
      const rule: EmitRule = { ...m.rule, actor: roleOf(m.rule.actor), target: roleOf(m.rule.target) };
      this.emit(st, i, rule, m.start, m.end, m.clause, m.modal, m.slots);
    }
  }

  private emit(
    st: ArticleState,
    i: number,
    rule: EmitRule,
    start: number,
    end: number,
    soft: readonly [number, number],
    modal: boolean,
    slots?: Slots,
  ): void {
    const sentence = st.sentences[i]!;
    const ctx: RoleContext = {
      alliance: st.alliance,
      sentence,
      mentions: this.mentionsOf(st, i),
      start,
      end,
      requester: st.requester,
      antecedent: () => this.antecedent(st, i, PRONOUN_START.test(sentence.slice(0, start)) ? start : 0),
      leading: () => this.antecedent(st, i, 0),
      forum: () => this.lastForum(st, i),
      // The exercise told of before: one held, or else one a member stayed away from ("boycotted the drills in Kazakhstan").
      exerciseHost: () =>
        st.events.filter((e) => e.type === 'exercise.held').pop()?.actor ??
        st.events.filter((e) => e.type === 'exercise.boycotted').pop()?.target ??
        undefined,
      // Whose deployment a host ended: the one told before, or the alliance the article names.
      deployer: () =>
        st.events.filter((e) => e.type === 'deployment.started').pop()?.actor ??
        (this.lexicon.alliance_named.test(st.article.text) ? this.alliance.code : undefined),
    };
    // A slot's actor, several for a coordinated phrase; a slot holding a pronoun or an unnamed noun is the state the text is about.
    const slotCodes = (ref: string): (string | undefined)[] | undefined => {
      const name = slotName(ref);
      if (name === undefined) return undefined;
      const s = slots?.get(name);
      if (!s) return [];
      return s.actor ? [...s.actor.codes] : [ctx.antecedent()];
    };
    const actorSlot = slotCodes(rule.actor);
    let targetFixed: string | undefined;
    let actors: (string | undefined)[];
    if (actorSlot && rule.target === rule.actor) {
      // "X and Y clashed": one slot holds both sides.
      actors = actorSlot.length >= 2 ? [actorSlot[0]] : [];
      targetFixed = actorSlot[1];
    } else if (actorSlot) actors = actorSlot.length ? actorSlot : [rule.defaultActor];
    else
      actors =
        rule.type === 'un.vote' && rule.actor === 'list'
          ? list(ctx)
          : rule.type === 'un.vote' && rule.actor === 'list-after'
            ? listAfter(ctx)
            : [resolveRole(rule.actor as RoleSpec, ctx) ?? rule.defaultActor];
    const targetSlot = rule.target === rule.actor ? undefined : slotCodes(rule.target);
    if (targetSlot) targetFixed = targetSlot.find((c) => c !== undefined && !actors.includes(c)) ?? rule.defaultTarget;
    // "the alliance's drills opened near Brest": with no state named as host, a member's town is.
    if (rule.type === 'exercise.held' && actors[0] === undefined) {
      const place = this.places.country(sentence);
      if (place && st.alliance.parties.has(place)) actors = [place];
    }
    if ((rule.actor === 'subject' || rule.actor === 'subject-member') && SHARED_ACTS.test(rule.type) && actors[0]) {
      const all = list(ctx, true).filter((c) => rule.actor === 'subject' || st.alliance.parties.has(c));
      if (all.length > 1 && all.includes(actors[0])) actors = all;
      // "let the treaty lapse in 1999, along with Georgia and Azerbaijan": those named after
      // "along/together with" right after the act did it too.
      const along = /^[^.;,]{0,40},?\s*(?:along|together)\s+with\s+/i.exec(sentence.slice(end));
      if (along) {
        let at = end + along[0].length;
        for (const m of ctx.mentions) {
          if (m.start < at || !m.state || m.modifier) continue;
          if (!/^\s*(?:,|,?\s*and)?\s*(?:the\s+)?$/i.test(sentence.slice(at, m.start))) break;
          if (!actors.includes(m.code)) actors = [...actors, m.code];
          at = m.end;
        }
      }
    }
    let fixedTarget: string | undefined = targetFixed;
    if (
      !slots &&
      (rule.type === 'deployment.started' || rule.type === 'deployment.ended') &&
      rule.actor === this.alliance.code &&
      !this.lexicon.alliance_in_sentence.test(sentence)
    ) {
      // In a member's territory they may be the alliance's force, but only in an article that names the alliance at all.
      st.blocAllowed ??= this.lexicon.alliance_named.test(st.article.text);
      const inside = (code: string): boolean => st.blocAllowed === true && st.alliance.parties.has(code);
      const place = this.places.country(sentence);
      const host = place && !inside(place) ? place : resolveRole(rule.target, ctx, this.alliance.code);
      const sender =
        ctx.mentions.find((m) => m.state && !m.modifier && m.via === 'demonym' && TROOPS_AFTER.test(sentence.slice(m.end, m.end + 40)))
          ?.code ?? resolveRole('subject', ctx);
      if (sender && host && host !== sender && !inside(host)) {
        actors = [sender];
        fixedTarget = host;
      }
    }
    // "will not take part in drills that open in Novosibirsk": with no host state named, a member's town is the host.
    if (
      rule.type === 'exercise.boycotted' &&
      actors[0] !== undefined &&
      fixedTarget === undefined &&
      !resolveRole(rule.target, ctx, actors[0])
    ) {
      const place = this.places.country(sentence);
      if (place && place !== actors[0]) fixedTarget = place;
    }
    // A requester does not decline its own appeal ("an appeal by Bishkek produced only a call for restraint").
    if (rule.type === 'assistance.declined' && actors[0] !== undefined && actors[0] === st.requester && rule.defaultActor)
      actors = [rule.defaultActor];
    const { dates: resolved, cue } = resolveEventDates({
      sentence,
      cues: this.cuesOf(st, i),
      at: start,
      atEnd: end,
      soft,
      hard: clauseAround(sentence, start, true),
      previousEvent: previousDate(st, i, start, rule.type),
      context: (crossing) => this.contextDate(st, i, crossing),
      leadMonth: st.lead.has(i)
        ? st.article.date.slice(
            0,
            quotedStatement(sentence, start) || (i > 0 && ALSO_SAID.test(sentence) && quotedStatement(st.sentences[i - 1]!, 0)) ? 4 : 7,
          )
        : undefined,
      today: st.today,
      declared: !PHYSICAL.has(rule.type),
      keepsSchedule: rule.scheduleDay,
      // A party announcing its own act dates the act; a third party's "said Thursday" dates only the report.
      ownVoice: (at) => {
        // The speaker is the subject right before the verb ("the Kremlin press service said"), not any name nearby.
        // "Armenia, which has skipped ... this year, said": a closed relative clause stands between subject and verb.
        const rel = /,\s+(?:which|who)\s[^,;]*,\s*$/.exec(sentence.slice(0, at));
        const verbAt = rel && rel.index > 0 ? rel.index : at;
        const speaker =
          ctx.mentions.filter((m) => m.end <= verbAt && SPEAKER_GAP.test(sentence.slice(m.end, verbAt))).pop() ??
          // "..., заявил во вторник премьер-министр Пашинян": Russian puts the speaker after the verb
          // (a confirmation, "подтвердил", tells of an act already done, so it never dates it).
          (/^[а-яё]/i.test(sentence.slice(at, at + 12)) && !/^подтверд/i.test(sentence.slice(at, at + 12))
            ? ctx.mentions.find((m) => m.start > at && m.start - at < 70 && m.state && /^[^,.;]*$/.test(sentence.slice(at, m.start)))
            : undefined);
        // "its defence ministry said": the actor's own institution speaks for it.
        // "..., the defence ministry said": an unnamed ministry reporting its own state's act.
        if (!speaker)
          return /(?:^|[\s,])(?:its|their)\s+(?:[\w-]+\s+){0,3}$|,\s*the\s+(?:defen[cs]e|foreign|interior)\s+ministry\s+$/i.test(
            sentence.slice(Math.max(0, at - 40), at),
          );
        const target =
          fixedTarget ??
          (actors[0] && !slotName(rule.target) ? (resolveRole(rule.target as RoleSpec, ctx, actors[0]) ?? rule.defaultTarget) : undefined);
        // A requester complaining that its appeal went unanswered does not date the silence.
        return actors.includes(speaker.code) || (speaker.code === target && rule.type !== 'assistance.declined');
      },
    });
    const dates = [...resolved];
    const topic =
      TOPIC[rule.type] ?? (rule.type.startsWith('alignment.') && TOPIC['un.vote']!.test(sentence) ? TOPIC['un.vote'] : undefined);
    if (topic && dates.length === 1 && (dates[0] === null || (dates[0]!.length === 7 && !cue))) {
      const day = this.topicDay(st, i, topic, dates[0] ?? null);
      if (day) dates[0] = day;
    }
    // "have begun withdrawing, the Kremlin confirmed on Wednesday": the day dates the confirmation; the
    // start lies somewhere before it, so only the month is safe.
    if (
      cue &&
      dates.length === 1 &&
      dates[0]?.length === 10 &&
      PERFECT_START.test(sentence.slice(Math.max(0, start - 14), end)) &&
      REPORT_BEFORE.test(sentence.slice(Math.max(0, cue.start - 40), cue.start))
    )
      dates[0] = dates[0].slice(0, 7);
    // "turned down Armenia's appeal on Friday": the appeal came before, so Friday bounds it and only its year is safe.
    const cap = rule.precedes || rule.dateUnit === 'year' ? 4 : rule.dateUnit === 'month' ? 7 : 10;
    const own = dates.map((d) => (d === null ? null : d.slice(0, cap)));
    for (const date of own) this.emitDated(st, rule, ctx, actors, date, cue, modal, fixedTarget, slots !== undefined);
    const last = dates[dates.length - 1];
    if (last !== null && last !== undefined) st.dated.push({ i, at: start, type: rule.type, date: last });
  }

  private emitDated(
    st: ArticleState,
    rule: EmitRule,
    ctx: RoleContext,
    actors: readonly (string | undefined)[],
    date: string | null,
    cue: DateCue | undefined,
    modal: boolean,
    fixedTarget: string | undefined,
    slotted: boolean,
  ): void {
    const sentence = ctx.sentence;
    for (const actor of actors) {
      if (!actor) continue;
      const target =
        fixedTarget ??
        (slotName(rule.target) ? rule.defaultTarget : (resolveRole(rule.target as RoleSpec, ctx, actor) ?? rule.defaultTarget));
      // "обратился к ОДКБ и к России": each addressee of one request.
      if (rule.target === 'addressee' && target) {
        for (const more of addressees(ctx, actor).filter((x) => x !== target)) {
          const r = this.record(st, rule, actor, more, date, sentence, cue, modal, undefined);
          if (r) st.events.push(r);
        }
      }
      // "bought howitzers from France and air defence systems from India": each outside partner named.
      if (rule.target === 'partner' && target) {
        for (const more of morePartners(ctx, actor, target)) {
          const r = this.record(st, rule, actor, more, date, sentence, cue, modal, undefined);
          if (r) st.events.push(r);
        }
      }
      let claimedBy: string | undefined;
      let finalTarget = target;
      if (rule.type === 'clash') {
        claimedBy = claimant(sentence, ctx.mentions, finalTarget ? [actor, finalTarget] : ctx.mentions.map((x) => x.code));
        if (!finalTarget && claimedBy && claimedBy !== actor) finalTarget = claimedBy;
        if (!finalTarget) continue;
      }
      // "its allies ignored its request": the requester is no target of its own appeal; the rule's default is.
      if (finalTarget === actor && rule.type === 'assistance.requested' && rule.defaultTarget && rule.defaultTarget !== actor)
        finalTarget = rule.defaultTarget;
      if (!finalTarget || finalTarget === actor) continue;
      // The spec's alignment and outside cooperation are a member's acts: a slot that bound an outsider or an organisation codes nothing.
      if (slotted && (rule.type.startsWith('alignment.') || rule.type === 'external.cooperation') && !st.alliance.parties.has(actor))
        continue;
      // ... and a partner is an outside power, never another party or the alliance.
      if (slotted && rule.type === 'external.cooperation' && (st.alliance.parties.has(finalTarget) || finalTarget === this.alliance.code))
        continue;
      // "boycotted summits of the Eurasian Economic Union and the CSTO": each forum named.
      if (rule.target === 'forum' && !fixedTarget) {
        for (const more of moreForums(ctx, finalTarget)) {
          const r = this.record(st, rule, actor, more, date, sentence, cue, modal, undefined);
          if (r) st.events.push(r);
        }
      }
      const record = this.record(st, rule, actor, finalTarget, date, sentence, cue, modal, claimedBy);
      if (record) {
        st.events.push(record);
        if (rule.type === 'assistance.requested') st.requester = actor;
      }
    }
  }

  private record(
    st: ArticleState,
    rule: EmitRule,
    actor: string,
    target: string,
    date: string | null,
    sentence: string,
    cue: DateCue | undefined,
    modal: boolean,
    claimedBy: string | undefined,
  ): CodedEvent | undefined {
    const details: Record<string, unknown> = { ...rule.details };
    if (rule.type.startsWith('exercise.')) {
      const name = exerciseName(sentence);
      if (name) details['name'] = name;
    }
    if (rule.type === 'un.vote') details['resolution'] = resolutionName(sentence);
    if (rule.type === 'membership.joined' && !/\bre-?join|\breturn|\brestor/i.test(sentence)) delete details['rejoined'];
    if (cue?.anchorDay !== undefined) details['anchor_day'] = new Date(cue.anchorDay * 86_400_000).toISOString().slice(0, 10);
    if (claimedBy) details['claimed_by'] = claimedBy;
    const confidence = Math.max(0.05, Math.min(0.99, rule.confidence - (modal ? 0.1 : 0) - (claimedBy ? 0.1 : 0) + (date ? 0.05 : 0)));
    const raw: Record<string, unknown> = {
      article_id: st.article.id,
      type: rule.type,
      actor,
      target,
      date,
      evidence: sentence.length > 1000 ? `${sentence.slice(0, 997)}...` : sentence,
      confidence: Math.round(confidence * 100) / 100,
    };
    if (Object.keys(details).length) raw['details'] = details;
    if (claimedBy) raw['claimed_by'] = claimedBy;
    const loc = this.places.find(sentence);
    if (loc) raw['location'] = loc;
    const r = CodedEvent.safeParse(raw);
    if (r.success) this.trace?.(rule.id, r.data);
    // Readers scan a record from its source and type, so those come first in the output.
    return r.success ? (Object.assign({ article_id: '', type: '', actor: '', target: null, date: null }, r.data) as CodedEvent) : undefined;
  }
}
