import { clauseAround } from './event-parts.js';
import type { Mention } from './mentions.js';
import type { RoleSpec } from './patterns.js';

const PARTNER_ORGS = new Set(['EU', 'NATO']);
// Prepositions that make a mention a place or a recipient rather than whoever acts ("the council,
// chaired by Armenia, agreed": an agent inside an appositive is not the verb's subject).
const NOT_SUBJECT = new Set(['in', 'at', 'to', 'into', 'from', 'near', 'on', 'against', 'with', 'over', 'across', 'outside', 'for', 'by']);
const HOST_PREP = new Set(['in', 'on', 'to', 'into']);
// "Belarus joined Russia in voting against", "Belarus was the only member besides Russia to vote against": both voted.
const JOINED_GAP =
  /^\s+(?:(?:[\w-]+\s+){0,5}(?:besides|apart\s+from|along\s+with|together\s+with)|joined|(?:were|was)\s+joined\s+by|sided\s+with|voted\s+with|(?:,\s*)?like|вместе\s+с|наряду\s+с|как\s+и)\s+$/i;
const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*as\s+well\s+as|,?\s*or|,?\s*и|,?\s*или|,?\s*а\s+также)?\s*(?:the\s+)?$/i;
// Russian personal pronouns a clause's subject may be ("сегодня он поручил обратиться"): the state the text is about.
const RU_PRONOUN = /(?<![а-яё])(?:он|она|оно|они|мы|страна|республика|власти\s+страны)(?![а-яё])/i;

/** What the coder knows of the alliance when it reads an article: all of it from the pack. */
export interface AllianceView {
  /** The alliance's own code: the default forum and the actor of its decisions. */
  readonly code: string;
  readonly hegemon: string;
  /** Bodies whose summits a leader can skip (the alliance, its forums, and outside bodies marked so in the pack). */
  readonly forums: ReadonlySet<string>;
  /** States that were parties on the article's date (external cooperation is member → outsider). */
  readonly parties: ReadonlySet<string>;
  /** States never coded as an outside partner (the pack's coder.json says why). */
  readonly notPartners: ReadonlySet<string>;
}

/** Where the trigger is and what the article has said so far, for roles that need it. */
export interface RoleContext {
  readonly alliance: AllianceView;
  readonly sentence: string;
  readonly mentions: readonly Mention[];
  readonly start: number;
  readonly end: number;
  /** The most recent requester of assistance in this article. */
  readonly requester: string | undefined;
  /** The state earlier sentences were about, for "it", "he", "the country". */
  readonly antecedent: () => string | undefined;
  /** The state a sentence-initial "it"/"they" stands for (what the sentences before were about). */
  readonly leading?: () => string | undefined;
  /** The forum (CSTO, CIS, EAEU, SCO) earlier sentences named. */
  readonly forum: () => string | undefined;
  /** The host of the exercise the article told of before ("the drills" in a later paragraph). */
  readonly exerciseHost?: () => string | undefined;
  /** The deploying side of the deployment told before (or the alliance the article names). */
  readonly deployer?: () => string | undefined;
}

const usable = (m: Mention): boolean => !m.modifier && !m.speaker && m.via !== 'supplier';

function subject(c: RoleContext, states: boolean): string | undefined {
  // "It let the treaty lapse in 1999, along with Georgia, then returned in 2006": ", then" goes on
  // with the sentence's own subject, not the state named last.
  if (/,\s+(?:and\s+)?then\s+$/i.test(c.sentence.slice(Math.max(0, c.start - 12), c.start))) {
    if (/^\s*(?:it|they)\b/i.test(c.sentence)) {
      const a = c.leading?.();
      if (a) return a;
    }
    const head = c.mentions.find((m) => m.start < c.start && usable(m) && (!states || m.state) && !NOT_SUBJECT.has(m.prep));
    if (head) return head.code;
  }
  // "Tajikistan, a CSTO ally, whose forces attacked": the owner named before "whose" acts.
  const whose = c.sentence.lastIndexOf(' whose ', c.start);
  if (whose >= 0 && c.start - whose < 40) {
    const owner = [...c.mentions].reverse().find((m) => m.end <= whose && usable(m) && (!states || m.state));
    if (owner) return owner.code;
  }
  // "проинформировал Путина, что сегодня он поручил обратиться": a pronoun after the last name is the subject.
  const lastBefore = [...c.mentions].reverse().find((m) => m.end <= c.start);
  const gap = c.sentence.slice(lastBefore?.end ?? 0, c.start);
  if (RU_PRONOUN.test(gap)) {
    // "Президент Узбекистана не приехал — республика вышла ...": the state named first in the sentence, else the text's.
    const own = c.mentions.find((m) => m.end <= c.start && m.state && usable(m) && m.prep === '');
    const a = own?.code ?? c.antecedent();
    if (a) return a;
  }
  // "Пашинян проинформировал президента Беларуси, что не сможет принять участие": a clause after "что"
  // with no subject of its own goes on with the sentence's subject, the first name in it.
  if (lastBefore && /,\s*что\s+(?:[а-яё]+\s+){0,6}$/i.test(gap)) {
    const head = c.mentions.find((m) => m.end <= c.start && usable(m) && m.state && !NOT_SUBJECT.has(m.prep));
    if (head) return head.code;
  }
  for (let i = c.mentions.length - 1; i >= 0; i--) {
    const m = c.mentions[i]!;
    // "the government in Dushanbe": a capital after "government/authorities in" is the subject.
    const seat =
      m.prep === 'in' && /\b(?:government|authorities|leadership)\s+in\s+$/i.test(c.sentence.slice(Math.max(0, m.start - 30), m.start));
    if (m.end > c.start || !usable(m) || (states && !m.state) || (NOT_SUBJECT.has(m.prep) && !seat)) continue;
    return m.code;
  }
  // A passive ("was cancelled by Kyrgyzstan") names the actor after the verb.
  const by = c.mentions.find((m) => m.start >= c.end && m.prep === 'by' && usable(m) && (!states || m.state));
  if (by) return by.code;
  // "It", "the Central Asian country": the state the story is about.
  if (
    /\b(?:it|he|she|they|its|his|her|their)\b|\bthe\s+(?:[A-Z][\w-]*\s+){0,2}(?:country|nation|republic)\b/i.test(
      c.sentence.slice(0, c.start),
    )
  )
    return c.antecedent();
  return undefined;
}

function after(c: RoleContext, ok: (m: Mention) => boolean): string | undefined {
  return c.mentions.find((m) => m.start >= c.end && usable(m) && ok(m))?.code;
}

// "opened near Brest", "near Tajikistan's border with Afghanistan": a named place or state after "near"
// hosts (a demonym there, "near the Afghan border", names the neighbour).
function host(c: RoleContext): string | undefined {
  const isHost = (m: Mention): boolean =>
    m.state &&
    (HOST_PREP.has(m.prep) ||
      (m.prep === 'near' && m.via !== 'demonym') ||
      /territory\s+of\s+(?:the\s+)?$/i.test(c.sentence.slice(Math.max(0, m.start - 20), m.start)));
  // A noun-first trigger ("the exercises in Belarus that began") holds its host inside the match.
  // "the drills Kazakhstan is due to host": a state right before "host" after the trigger hosts.
  const hostVerb = (m: Mention): boolean =>
    m.state &&
    /^\s+(?:is\s+|was\s+|will\s+be\s+)?(?:due\s+to\s+host|to\s+host|will\s+host|(?:is|was)\s+hosting)\b/i.test(
      c.sentence.slice(m.end, m.end + 30),
    );
  const found =
    c.mentions.find((m) => m.start >= c.start && usable(m) && isHost(m))?.code ??
    c.mentions.find((m) => m.start >= c.end && m.start - c.end < 60 && usable(m) && hostVerb(m))?.code ??
    [...c.mentions].reverse().find((m) => m.end <= c.start && usable(m) && isHost(m))?.code;
  if (found) return found;
  // "on its territory", "in the country": the state the article is about.
  if (/\b(?:its|their)\s+(?:own\s+)?territory\b|\b(?:in|to)\s+the\s+(?:\w+\s+){0,2}(?:country|republic)\b/i.test(c.sentence))
    return c.antecedent();
  return undefined;
}

/** A coordinated list of states next to the trigger: "Armenia, Belarus and Russia voted against". */
export function list(c: RoleContext, beforeOnly = false): string[] {
  const before = c.mentions.filter((m) => m.end <= c.start && m.state && usable(m));
  const out: Mention[] = [];
  const last = before[before.length - 1];
  if (
    last &&
    /^[\s,]*(?:(?:which|who)\s+)?(?:(?:has|have|had|also|both|all|\w+ly|itself|themselves|in|to|в|во|также|тоже|вчера|сегодня|накануне|ранее|(?:on|last|this|earlier)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})|во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\s+)*$/i.test(
      c.sentence.slice(last.end, c.start).replace(/['’]s?\b/, ''),
    )
  ) {
    out.unshift(last);
    for (let i = before.length - 2; i >= 0; i--) {
      const gap = c.sentence.slice(before[i]!.end, out[0]!.start);
      if (!LIST_GAP.test(gap) && !/^\s*(?:itself\s+)?and\s+$/i.test(gap) && !JOINED_GAP.test(gap)) break;
      out.unshift(before[i]!);
    }
  } else if (!beforeOnly) {
    for (const m of c.mentions)
      if (m.start >= c.end && m.state && usable(m) && (m.prep === '' || m.prep === 'of' || m.prep === 'between')) out.push(m);
  }
  // "Belarus voted against it alongside Russia", "sided with Russia against the resolution": the partner voted too.
  if (out.length && !beforeOnly) {
    for (const m of c.mentions) {
      if (m.start < c.start || m.start - c.end > 30 || !m.state || !usable(m)) continue;
      if (/\b(?:alongside|with|along\s+with|together\s+with)\s+(?:the\s+)?$/i.test(c.sentence.slice(Math.max(0, m.start - 20), m.start)))
        out.push(m);
      // "проголосовал за наряду с Китаем, Турцией, Арменией": the states listed after "наряду с" voted alike.
      else if (/(?<![а-яё])(?:наряду|вместе|наравне)\s+с\s+$/i.test(c.sentence.slice(Math.max(0, m.start - 20), m.start))) {
        out.push(m);
        let prev = m;
        for (const n of c.mentions) {
          if (n.start <= prev.start || !n.state || !usable(n)) continue;
          if (!LIST_GAP.test(c.sentence.slice(prev.end, n.start))) break;
          out.push(n);
          prev = n;
        }
        break;
      }
    }
  }
  return [...new Set(out.map((m) => m.code))];
}

const isPartner = (m: Mention, actor: string | undefined, a: AllianceView): boolean =>
  (usable(m) || (m.via === 'supplier' && !m.speaker)) &&
  m.code !== actor &&
  !a.parties.has(m.code) &&
  (m.state || m.via === 'supplier' || PARTNER_ORGS.has(m.code)) &&
  !a.notPartners.has(m.code);
// "the Afghan border", "its frontier with China": a neighbour named as a border is no partner.
const ADJUNCT = /\b(?:after|following|amid|over)\b/i;
// "Chinese border troops" are troops, not a frontier.
const BORDER_AFTER = /^\s+(?:border|frontier)\b(?!\s+(?:troops|guards|forces|service|police|units|posts))/i;
const BORDER_BEFORE = /\b(?:border|frontier)\s+(?:with\s+)?(?:the\s+)?$|(?<![а-яё])границ[а-яё]*\s+(?:с|со)\s+$/i;

function partner(c: RoleContext, actor: string | undefined): string | undefined {
  // "Thales-made radars", "Bayraktar drones": the maker names the supplier even as a modifier.
  // The partner of this act is named in its own clause ("..., and in December it signed a charter with the United States"), else the one named first.
  // ", and in December it signed a charter with the United States": a new act after ", and" has its own partner.
  let [from, to] = clauseAround(c.sentence, c.start);
  for (const m of c.sentence.matchAll(/,\s+and\s+/g)) {
    if (m.index + m[0].length <= c.start) from = Math.max(from, m.index);
    else if (m.index >= c.start) {
      to = Math.min(to, m.index);
      break;
    }
  }
  // Nor is a state in an adjunct after the act ("drills ... after the Taliban's return to power").
  const ok = (m: Mention): boolean =>
    isPartner(m, actor, c.alliance) &&
    !BORDER_AFTER.test(c.sentence.slice(m.end, m.end + 24)) &&
    !BORDER_BEFORE.test(c.sentence.slice(Math.max(0, m.start - 24), m.start)) &&
    !(m.start > c.end && ADJUNCT.test(c.sentence.slice(c.end, m.start)));
  return c.mentions.find((m) => m.start >= from && m.end <= to && ok(m))?.code ?? c.mentions.find(ok)?.code;
}

/** Further forums of one act, listed with the first right after it ("summits of the EAEU and the CSTO"). */
export function moreForums(c: RoleContext, first: string): string[] {
  const ms = c.mentions.filter((m) => m.start >= c.end && c.alliance.forums.has(m.code));
  const at = ms.findIndex((m) => m.code === first);
  const out: string[] = [];
  if (at < 0) return out;
  let prev = ms[at]!;
  for (const m of ms.slice(at + 1)) {
    if (!/^\s*(?:,|,?\s*and|,?\s*и)\s*(?:the\s+)?$/i.test(c.sentence.slice(prev.end, m.start))) break;
    if (m.code !== first && !out.includes(m.code)) out.push(m.code);
    prev = m;
  }
  return out;
}

/** Further outside partners of one act: "from France and India", "from France and ... from India" (same clause). */
export function morePartners(c: RoleContext, actor: string, first: string): string[] {
  const out: string[] = [];
  const ms = c.mentions.filter((m) => m.start >= c.start && isPartner(m, actor, c.alliance));
  const at = ms.findIndex((m) => m.code === first);
  if (at < 0) return out;
  let prev = ms[at]!;
  for (const m of ms.slice(at + 1)) {
    const gap = c.sentence.slice(prev.end, m.start);
    if (/[;]|\b(?:but|while|whereas|which|who)\b/i.test(gap)) break;
    const linked = LIST_GAP.test(gap) || (m.prep === 'from' && gap.length < 70 && !/,\s*(?:and\s+)?(?:in|on|last|this)\b/i.test(gap));
    if (!linked) break;
    if (m.code !== first && !out.includes(m.code)) out.push(m.code);
    prev = m;
  }
  return out;
}

const ADDRESSED = new Set(['to', 'in', 'from', '']);

/**
 * Whom a request is addressed to, in order ("обратился к ОДКБ и к России"): mentions from the trigger on
 * (inside the match too) after "к", "в", "у" or none, linked by "и" or commas; the actor never.
 */
export function addressees(c: RoleContext, actor: string | undefined): string[] {
  const out: string[] = [];
  let prev: Mention | undefined;
  for (const m of c.mentions) {
    if (m.start < c.start || !usable(m) || m.code === actor || !ADDRESSED.has(m.prep) || (!m.state && m.via === 'supplier')) continue;
    if (prev && !/^\s*(?:,|,?\s*и)\s*(?:к|ко|в|во|у)?\s*$/i.test(c.sentence.slice(prev.end, m.start))) break;
    // "попросило Россию ввести войска": a bare state right after the Russian verb of asking is its object.
    if (!prev && m.prep === '' && m.state && !/^[а-яё]+\s+$/i.test(c.sentence.slice(c.start, m.start))) continue;
    if (!out.includes(m.code)) out.push(m.code);
    prev = m;
  }
  return out;
}

/** The states of a coordinated list right after the trigger ("голоса против поступили от России, Беларуси и Сирии"). */
export function listAfter(c: RoleContext): string[] {
  const out: string[] = [];
  let prev: Mention | undefined;
  for (const m of c.mentions) {
    if (m.start < c.end || !m.state || !usable(m)) continue;
    if (prev ? !LIST_GAP.test(c.sentence.slice(prev.end, m.start)) : m.start - c.end > 30) break;
    if (!out.includes(m.code)) out.push(m.code);
    prev = m;
  }
  return out;
}

// "вторжение Таджикистана", "удары таджикской стороны", "агрессия со стороны Азербайджана": the state a
// noun belongs to is named right after it (genitive, or "by"), or as an adjective just before it.
function ofNoun(c: RoleContext): string | undefined {
  const next = c.mentions.find((m) => m.start >= c.end && m.state && usable(m));
  if (next && (next.prep === 'by' || (next.prep === '' && /^\s*(?:[\p{Ll}-]+\s+)?$/u.test(c.sentence.slice(c.end, next.start)))))
    return next.code;
  const adjective = [...c.mentions]
    .reverse()
    .find(
      (m) => m.end <= c.start && m.state && m.via === 'demonym' && /^\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(c.sentence.slice(m.end, c.start)),
    );
  return adjective?.code;
}

/** Resolves one role of a rule; `actor` is the already-resolved actor, so a target never repeats it. */
export function resolveRole(spec: RoleSpec, c: RoleContext, actor?: string): string | undefined {
  switch (spec) {
    case 'subject':
      return subject(c, true);
    case 'subject-any':
      return subject(c, false);
    // The verb's object comes before any adjunct ("invoking the treaty after an Azerbaijani incursion").
    case 'object':
      return after(c, (m) => m.code !== actor && !ADJUNCT.test(c.sentence.slice(c.end, m.start)));
    case 'object-state':
      return after(c, (m) => m.state && m.code !== actor);
    case 'host':
      return host(c);
    case 'host-or-subject':
      return host(c) ?? subject(c, true);
    // "the alliance decided to send peacekeepers": with no place named, to the state that asked.
    case 'host-or-requester':
      return host(c) ?? c.requester;
    // "Tajikistan did not send a contingent": to the exercise reported earlier, in its host.
    case 'host-or-earlier':
      return host(c) ?? c.exerciseHost?.();
    // Troops leave a host "from"/"out of" it; a state named after "from" is where they were.
    case 'origin-host':
      return (
        after(
          c,
          (m) =>
            m.state &&
            (m.prep === 'from' ||
              /\b(?:leaving|left|leave|leaves|quit|quitting|exit(?:ed|ing)?)\s+$/i.test(
                c.sentence.slice(Math.max(0, m.start - 10), m.start),
              ) ||
              (m.prep === 'of' && /\bout\s+of\s+(?:the\s+)?$/i.test(c.sentence.slice(Math.max(0, m.start - 12), m.start)))),
        ) ??
        host(c) ??
        subject(c, true)
      );
    // "agreed to dispatch a fact-finding mission" with no state named: the state that asked for help.
    case 'object-state-or-requester': {
      // Only a state named in the act's own clause ("sent a team to the border, but declined to condemn Baku").
      const to = clauseAround(c.sentence, c.start)[1];
      return after(c, (m) => m.state && m.code !== actor && m.end <= to) ?? c.requester;
    }
    case 'forum':
      return (
        after(c, (m) => c.alliance.forums.has(m.code)) ??
        c.mentions.find((m) => c.alliance.forums.has(m.code))?.code ??
        c.forum() ??
        c.alliance.code
      );
    // A passive ("the appeal was rejected by the alliance") names its actor after "by".
    case 'org-or-subject':
      return (
        c.mentions.find((m) => m.start >= c.end && m.prep === 'by' && usable(m) && m.start - c.end < 30)?.code ??
        c.mentions.find((m) => m.end <= c.start && !m.state && usable(m))?.code ??
        subject(c, true)
      );
    case 'subject-member': {
      const s = subject(c, true);
      return s && c.alliance.parties.has(s) ? s : undefined;
    }
    case 'object-or-subject': {
      // "ignored its request": the request is the subject's own.
      if (/\b(?:its|their)\s+(?:[\w-]+\s+)?$/i.test(c.sentence.slice(Math.max(0, c.start - 24), c.start))) {
        const own = subject(c, true);
        if (own) return own;
      }
      const poss = [...c.mentions].reverse().find((m) => m.end <= c.start && m.possessive && m.state && c.start - m.end < 12);
      return poss?.code ?? after(c, (m) => m.state && m.start - c.end < 40);
    }
    case 'requester':
      return c.requester ?? c.mentions.find((m) => m.state && usable(m) && m.code !== actor && c.alliance.parties.has(m.code))?.code;
    case 'nearest':
      return after(c, (m) => m.state) ?? subject(c, true);
    case 'attacker': {
      const poss = [...c.mentions].reverse().find((m) => m.end <= c.start && m.possessive && m.state && c.start - m.end < 30);
      const agent = after(c, (m) => m.state && m.prep === 'by' && m.start - c.end < 30);
      // "a Tajik assault on", "an Azerbaijani offensive against": the demonym right before the noun is its author.
      const adjective = [...c.mentions]
        .reverse()
        .find(
          (m) =>
            m.end <= c.start &&
            m.modifier &&
            m.state &&
            /^\s*(?:[\w-]+\s+)?$/.test(c.sentence.slice(m.end, c.start)) &&
            /^(?:assault|offensive|incursion|invasion|aggression|attack|shelling)/i.test(c.sentence.slice(c.start, c.end)),
        );
      if (adjective) return adjective.code;
      // "officials said the attack killed 100": a definite noun refers back to an attack already
      // reported ("the September 2001 attacks" too); whoever speaks of it is not its author, so only "X's
      // attack" or "by X" names one.
      if (
        /\b(?:the|this|that|these|those)\s+$|\bthe\s+(?:[\w-]+\s+){0,2}\d{4}\s+$/i.test(
          c.sentence.slice(Math.max(0, c.start - 30), c.start),
        )
      )
        return poss?.code ?? agent;
      return poss?.code ?? subject(c, true) ?? after(c, (m) => m.state && m.prep === 'by');
    }
    case 'attacked': {
      const named = after(c, (m) => m.state && m.code !== actor && m.prep !== 'by' && m.prep !== 'with');
      if (named) return named;
      // "an assault on its border posts": the state the sentence is about, when it is not the attacker.
      if (!/^\s*(?:[^.;]{0,20}?\b(?:on|into|against|inside)\s+)?(?:its|their)\b/i.test(c.sentence.slice(c.end))) return undefined;
      const own = c.mentions.find((m) => m.end <= c.start && m.state && usable(m) && m.code !== actor && !NOT_SUBJECT.has(m.prep))?.code;
      return own;
    }
    case 'list':
      return list(c)[0];
    case 'list-second':
      return list(c).find((x) => x !== actor);
    case 'list-after':
      return listAfter(c)[0];
    case 'of-noun':
      return ofNoun(c);
    case 'addressee':
      return addressees(c, actor)[0];
    case 'member': {
      const ms = c.mentions.filter((m) => usable(m) && c.alliance.parties.has(m.code) && m.prep !== 'from' && m.prep !== 'against');
      return (ms.find((m) => m.code !== c.alliance.hegemon) ?? ms[0])?.code;
    }
    case 'partner':
      return partner(c, actor);
    case 'deployer':
      return c.deployer?.();
    default:
      return spec;
  }
}
