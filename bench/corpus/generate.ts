/** Deterministic news-like corpora for `npm run bench:coder`: a firehose and an alliance-dense set, with gold. */
import { createWriteStream } from 'node:fs';
import { seededRandom } from '../../src/domain/index.js';

/** The same seed always gives the same corpus. */
const prng = seededRandom;

const STATES = [
  { code: 'ARM', name: 'Armenia', adj: 'Armenian', cap: 'Yerevan' },
  { code: 'KAZ', name: 'Kazakhstan', adj: 'Kazakh', cap: 'Astana' },
  { code: 'KGZ', name: 'Kyrgyzstan', adj: 'Kyrgyz', cap: 'Bishkek' },
  { code: 'TJK', name: 'Tajikistan', adj: 'Tajik', cap: 'Dushanbe' },
  { code: 'BLR', name: 'Belarus', adj: 'Belarusian', cap: 'Minsk' },
  { code: 'RUS', name: 'Russia', adj: 'Russian', cap: 'Moscow' },
] as const;
const PARTNERS = [
  { code: 'CHN', name: 'China' },
  { code: 'TUR', name: 'Turkey' },
  { code: 'USA', name: 'the United States' },
  { code: 'IND', name: 'India' },
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type State = (typeof STATES)[number];
/** A seeded source of numbers in [0, 1). */
export type Rand = () => number;
/** One element of a list, chosen by the seeded source. */
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const two = (r: Rand): [State, State] => {
  const a = pick(r, STATES);
  let b = pick(r, STATES);
  while (b === a) b = pick(r, STATES);
  return [a, b];
};

// Sentences that name members, capitals and the CSTO without any alliance event in them.
const FILLER: ((r: Rand) => string)[] = [
  (r) => {
    const [a, b] = two(r);
    return `Trade between ${a.name} and ${b.name} rose by ${Math.floor(r() * 30) + 2} percent, customs officials in ${a.cap} said.`;
  },
  (r) => {
    const [a, b] = two(r);
    return `The ${a.adj} national football team beat ${b.name} ${Math.floor(r() * 4) + 1}-0 in a friendly match in ${b.cap}.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `A film festival in ${a.cap} showed ${Math.floor(r() * 90) + 10} films from across the region this year.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `Wheat prices in ${a.name} fell after a record harvest, the agriculture ministry reported.`;
  },
  (r) => {
    const [a, b] = two(r);
    return `Tourists from ${a.name} made up the largest group of visitors to ${b.cap} during the summer season.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `The CSTO secretariat published its annual report on staff training, with a chapter on language courses in ${a.cap}.`;
  },
  (r) => {
    const [a, b] = two(r);
    return `The ${a.adj} striker's attack down the left wing gave ${b.name}'s defenders a difficult evening in the championship game.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `Rail freight through ${a.name} grew as new container terminals opened near ${a.cap}, the operator said.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `Museums in ${a.cap} extended their opening hours for the national holiday, the city council announced.`;
  },
  (r) => {
    const [a, b] = two(r);
    return `Students from ${a.name} and ${b.name} competed in a regional mathematics olympiad held in ${a.cap}.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `Inflation in ${a.name} slowed to ${Math.floor(r() * 9) + 2} percent, according to the central bank, which kept its key rate unchanged.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `The ${a.adj} wrestling federation said its athletes had started training camps ahead of the Asian championships.`;
  },
];

export interface GoldEvent {
  type: string;
  actor: string;
  target: string | null;
  date: string | null;
}

// Alliance events: each returns its sentence and the event a reader would code from it. Every type has
// several phrasings (active, passive, nominal, actor as a modifier or a prepositional phrase), so the
// gold is not one template per type.
const EVENTS: ((r: Rand, year: number) => [string, GoldEvent])[] = [
  (r, y) => {
    const a = pick(r, STATES);
    const m = Math.floor(r() * 12);
    const when = `${MONTHS[m]} ${y}`;
    return [
      pick(r, [
        `${a.name} cancelled the CSTO command-staff exercises in ${when}.`,
        `The CSTO command-staff exercises were called off by ${a.name} in ${when}.`,
        `${a.name}'s cancellation of the CSTO exercises in ${when} surprised its allies.`,
        `The ${a.adj} government scrapped the CSTO drills in ${when}.`,
      ]),
      { type: 'exercise.cancelled', actor: a.code, target: 'CSTO', date: `${y}-${String(m + 1).padStart(2, '0')}` },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    return [
      pick(r, [
        `${a.name} asked the CSTO for military assistance in ${y}, officials said.`,
        `${a.name} turned to the CSTO for help in ${y}, officials said.`,
        `${a.name}'s request for CSTO troops in ${y} was discussed at length.`,
        `The ${a.adj} president appealed to the CSTO for assistance in ${y}.`,
      ]),
      { type: 'assistance.requested', actor: a.code, target: 'CSTO', date: String(y) },
    ];
  },
  (r, y) => {
    const [a, b] = two(r);
    const m = Math.floor(r() * 12);
    const when = `late ${MONTHS[m]} ${y}`;
    return [
      pick(r, [
        `${a.name} will not take part in the CSTO exercises in ${b.name} in ${when}, its defence ministry said.`,
        `${a.name} refused to send troops to the CSTO drills in ${b.name} in ${when}.`,
        `${a.adj} soldiers stayed away from the CSTO exercises in ${b.name} in ${when}.`,
      ]),
      { type: 'exercise.boycotted', actor: a.code, target: b.code, date: `${y}-${String(m + 1).padStart(2, '0')}` },
    ];
  },
  (r, y) => {
    const [a, b] = two(r);
    const m = Math.floor(r() * 12);
    const when = `mid-${MONTHS[m]} ${y}`;
    return [
      pick(r, [
        `${a.adj} forces shelled border posts in ${b.name} in ${when}.`,
        `Forces from ${a.name} opened fire on ${b.adj} border posts in ${when}.`,
        `Villages in ${b.name} were shelled by ${a.adj} troops in ${when}.`,
        `A ${a.adj} attack on ${b.name} in ${when} killed several border guards.`,
      ]),
      { type: 'clash', actor: a.code, target: b.code, date: `${y}-${String(m + 1).padStart(2, '0')}` },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    const m = Math.floor(r() * 12);
    const when = `${MONTHS[m]} ${y}`;
    return [
      pick(r, [
        `${a.name} suspended its participation in the CSTO in ${when}.`,
        `${a.name}'s membership of the CSTO was suspended by its government in ${when}.`,
        `The ${a.adj} leadership suspended the country's participation in the CSTO in ${when}.`,
      ]),
      { type: 'membership.suspended', actor: a.code, target: 'CSTO', date: `${y}-${String(m + 1).padStart(2, '0')}` },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES.slice(0, 5));
    const p = pick(r, PARTNERS);
    return [
      pick(r, [
        `${a.name} and ${p.name} held joint military drills in ${y}.`,
        `${a.name} signed a military cooperation agreement with ${p.name} in ${y}.`,
        `${a.name} bought howitzers from ${p.name} in ${y}.`,
      ]),
      { type: 'external.cooperation', actor: a.code, target: p.code, date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    return [
      pick(r, [
        `${a.name} refused to sign the CSTO declaration in ${y}.`,
        `The ${a.adj} president declined to sign the CSTO declaration in ${y}.`,
        `${a.name}'s refusal to sign the CSTO declaration in ${y} stalled the summit.`,
      ]),
      { type: 'declaration.refused', actor: a.code, target: 'CSTO', date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES.slice(0, 5));
    return [
      pick(r, [
        `The CSTO sent peacekeeping troops to ${a.name} in ${y}.`,
        `CSTO peacekeepers were deployed to ${a.name} in ${y}.`,
        `The deployment of CSTO peacekeepers to ${a.name} in ${y} ended the unrest.`,
      ]),
      { type: 'deployment.started', actor: 'CSTO', target: a.code, date: String(y) },
    ];
  },
];

/** A language's sentences for a corpus: filler that names members in other contexts, and alliance events with gold. */
export interface CorpusKit {
  readonly filler: readonly ((r: Rand) => string)[];
  readonly events: readonly ((r: Rand, year: number) => [string, GoldEvent])[];
}

/** The English corpus (the default). */
export const ENGLISH: CorpusKit = { filler: FILLER, events: EVENTS };

/** One article: ~3–5 KB of filler with `events` alliance sentences spread through it. */
export function article(r: Rand, id: string, events: number, kit: CorpusKit = ENGLISH): { line: string; gold: GoldEvent[] } {
  const year = 2000 + Math.floor(r() * 25);
  const date = `${year}-${String(Math.floor(r() * 12) + 1).padStart(2, '0')}-${String(Math.floor(r() * 28) + 1).padStart(2, '0')}`;
  const size = 3000 + Math.floor(r() * 2000);
  const gold: GoldEvent[] = [];
  const paras: string[] = [];
  const para: string[] = [];
  let length = 0;
  const slots = new Set<number>();
  while (slots.size < events) slots.add(Math.floor(r() * 20));
  for (let i = 0; length < size; i++) {
    let s: string;
    if (slots.has(i)) {
      const [text, g] = pick(r, kit.events)(r, year);
      if (!gold.some((x) => x.type === g.type && x.actor === g.actor && x.target === g.target)) gold.push(g);
      s = text;
    } else s = pick(r, kit.filler)(r);
    para.push(s);
    length += s.length + 1;
    if (para.length >= 3) paras.push(para.splice(0).join(' '));
  }
  if (para.length) paras.push(para.join(' '));
  return { line: JSON.stringify({ id, date, text: paras.join('\n\n') }), gold };
}

/** Writes a corpus as JSON Lines plus its gold; `share` of articles carry 1–3 alliance events. */
export async function writeCorpus(
  path: string,
  goldPath: string,
  count: number,
  share: number,
  seed: number,
  kit: CorpusKit = ENGLISH,
): Promise<number> {
  const r = prng(seed);
  const out = createWriteStream(path);
  const gold = createWriteStream(goldPath);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const n = r() < share ? 1 + Math.floor(r() * 3) : 0;
    const a = article(r, `b${seed}-${i}`, n, kit);
    bytes += a.line.length + 1;
    if (!out.write(a.line + '\n')) await new Promise<void>((res) => out.once('drain', () => res()));
    gold.write(JSON.stringify({ article_id: `b${seed}-${i}`, events: a.gold }) + '\n');
  }
  await Promise.all([new Promise<void>((res) => out.end(() => res())), new Promise<void>((res) => gold.end(() => res()))]);
  return bytes;
}
