/** The Russian firehose's sentences: members named in trade, sport and culture copy, and alliance events told several ways. */
import { pick, type CorpusKit, type GoldEvent, type Rand } from './generate.js';

interface StateRu {
  readonly code: string;
  /** nominative, genitive, accusative, instrumental, prepositional */
  readonly nom: string;
  readonly gen: string;
  readonly acc: string;
  readonly ins: string;
  readonly loc: string;
  /** Past-tense verb ending for the name's gender: "отменила" / "отменил". */
  readonly f: boolean;
  /** Adjective stem: армянск(ий), российск(ий). */
  readonly adj: string;
  readonly cap: string;
  readonly capGen: string;
  readonly capLoc: string;
}

const STATES: readonly StateRu[] = [
  {
    code: 'ARM',
    nom: 'Армения',
    gen: 'Армении',
    acc: 'Армению',
    ins: 'Арменией',
    loc: 'Армении',
    f: true,
    adj: 'армянск',
    cap: 'Ереван',
    capGen: 'Еревана',
    capLoc: 'Ереване',
  },
  {
    code: 'KAZ',
    nom: 'Казахстан',
    gen: 'Казахстана',
    acc: 'Казахстан',
    ins: 'Казахстаном',
    loc: 'Казахстане',
    f: false,
    adj: 'казахстанск',
    cap: 'Астана',
    capGen: 'Астаны',
    capLoc: 'Астане',
  },
  {
    code: 'KGZ',
    nom: 'Киргизия',
    gen: 'Киргизии',
    acc: 'Киргизию',
    ins: 'Киргизией',
    loc: 'Киргизии',
    f: true,
    adj: 'киргизск',
    cap: 'Бишкек',
    capGen: 'Бишкека',
    capLoc: 'Бишкеке',
  },
  {
    code: 'TJK',
    nom: 'Таджикистан',
    gen: 'Таджикистана',
    acc: 'Таджикистан',
    ins: 'Таджикистаном',
    loc: 'Таджикистане',
    f: false,
    adj: 'таджикск',
    cap: 'Душанбе',
    capGen: 'Душанбе',
    capLoc: 'Душанбе',
  },
  {
    code: 'BLR',
    nom: 'Белоруссия',
    gen: 'Белоруссии',
    acc: 'Белоруссию',
    ins: 'Белоруссией',
    loc: 'Белоруссии',
    f: true,
    adj: 'белорусск',
    cap: 'Минск',
    capGen: 'Минска',
    capLoc: 'Минске',
  },
  {
    code: 'RUS',
    nom: 'Россия',
    gen: 'России',
    acc: 'Россию',
    ins: 'Россией',
    loc: 'России',
    f: true,
    adj: 'российск',
    cap: 'Москва',
    capGen: 'Москвы',
    capLoc: 'Москве',
  },
];
const PARTNERS = [
  { code: 'CHN', nom: 'Китай', gen: 'Китая', ins: 'Китаем' },
  { code: 'TUR', nom: 'Турция', gen: 'Турции', ins: 'Турцией' },
  { code: 'USA', nom: 'США', gen: 'США', ins: 'США' },
  { code: 'IND', nom: 'Индия', gen: 'Индии', ins: 'Индией' },
] as const;
const MONTH_GEN = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const MONTH_LOC = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

const two = (r: Rand): [StateRu, StateRu] => {
  const a = pick(r, STATES);
  let b = pick(r, STATES);
  while (b === a) b = pick(r, STATES);
  return [a, b];
};
const past = (s: StateRu, stem: string): string => `${stem}${s.f ? 'а' : ''}`;
const reflexive = (s: StateRu, stem: string): string => `${stem}${s.f ? 'ась' : 'ся'}`;
const month = (r: Rand): number => Math.floor(r() * 12);
const ym = (y: number, m: number): string => `${y}-${String(m + 1).padStart(2, '0')}`;

// Sentences that name members, capitals and the CSTO, some with an event word in another sense, but no alliance event.
const FILLER: ((r: Rand) => string)[] = [
  (r) => {
    const [a, b] = two(r);
    return `Товарооборот ${a.gen} и ${b.gen} вырос на ${Math.floor(r() * 30) + 2} процентов, сообщили в таможенной службе ${a.gen}.`;
  },
  (r) => {
    const [a, b] = two(r);
    return `Футбольная сборная ${a.gen} обыграла команду ${b.gen} со счётом ${Math.floor(r() * 4) + 1}:0 в товарищеском матче в ${b.capLoc}.`;
  },
  (r) => `Кинофестиваль в ${pick(r, STATES).capLoc} показал ${Math.floor(r() * 90) + 10} фильмов из стран региона.`,
  (r) => `Цены на пшеницу в ${pick(r, STATES).loc} снизились после рекордного урожая, сообщило министерство сельского хозяйства.`,
  (r) => {
    const [a, b] = two(r);
    return `Туристы из ${a.gen} стали самой большой группой гостей ${b.capGen} в летний сезон.`;
  },
  (r) => `Секретариат ОДКБ опубликовал ежегодный отчёт о подготовке кадров с главой о языковых курсах в ${pick(r, STATES).capLoc}.`,
  (r) => {
    const [a, b] = two(r);
    return `Атака ${a.adj}ого нападающего по левому флангу доставила защитникам сборной ${b.gen} немало хлопот.`;
  },
  (r) => {
    const a = pick(r, STATES);
    return `Грузовые перевозки через ${a.acc} выросли после открытия контейнерного терминала в ${a.capLoc}, сообщил оператор.`;
  },
  (r) => `Музеи ${pick(r, STATES).capGen} продлили часы работы на праздники, сообщила городская администрация.`,
  (r) => {
    const [a, b] = two(r);
    return `Школьники из ${a.gen} и ${b.gen} приняли участие в региональной олимпиаде по математике в ${a.capLoc}.`;
  },
  (r) =>
    `Инфляция в ${pick(r, STATES).loc} замедлилась до ${Math.floor(r() * 9) + 2} процентов, сообщил центральный банк, сохранивший ключевую ставку.`,
  (r) => `Федерация борьбы ${pick(r, STATES).gen} начала сборы спортсменов перед чемпионатом Азии.`,
  (r) => {
    const [a, b] = two(r);
    return `Министр финансов ${a.gen} провёл встречу с инвесторами в ${b.capLoc} и обсудил выпуск облигаций.`;
  },
  (r) => `В ${pick(r, STATES).capLoc} прошли учения спасателей МЧС по ликвидации последствий паводка.`,
  (r) => {
    const a = pick(r, STATES);
    return `Правительство ${a.gen} продлило программу поддержки малого бизнеса ещё на год.`;
  },
  (r) => `Делегация деловых кругов ${pick(r, STATES).gen} прибыла на выставку сельхозтехники в Ташкент.`,
];

// Alliance events: each returns its sentence and the event a reader would code from it.
const EVENTS: ((r: Rand, year: number) => [string, GoldEvent])[] = [
  (r, y) => {
    const a = pick(r, STATES);
    const m = month(r);
    return [
      `${a.nom} ${past(a, 'отменил')} командно-штабные учения ОДКБ в ${MONTH_LOC[m]} ${y} года.`,
      { type: 'exercise.cancelled', actor: a.code, target: 'CSTO', date: ym(y, m) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    const m = month(r);
    return [
      `Учения ОДКБ, которые ${a.nom} ${past(a, 'должен').replace('должена', 'должна')} ${past(a, 'был')} принять в ${MONTH_LOC[m]} ${y} года, отменены, сообщили в ${a.capLoc}.`,
      { type: 'exercise.cancelled', actor: a.code, target: 'CSTO', date: ym(y, m) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    return [
      `${a.nom} ${reflexive(a, 'обратил')} к ОДКБ за военной помощью в ${y} году, сообщили официальные лица.`,
      { type: 'assistance.requested', actor: a.code, target: 'CSTO', date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    return [
      `Власти ${a.gen} в ${y} году попросили союзников по ОДКБ о помощи в защите границы.`,
      { type: 'assistance.requested', actor: a.code, target: 'CSTO', date: String(y) },
    ];
  },
  (r, y) => {
    const [a, b] = two(r);
    const m = month(r);
    return [
      `${a.nom} не примет участия в учениях ОДКБ в ${b.loc} в конце ${MONTH_GEN[m]} ${y} года, сообщили в министерстве обороны.`,
      { type: 'exercise.boycotted', actor: a.code, target: b.code, date: ym(y, m) },
    ];
  },
  (r, y) => {
    const [a, b] = two(r);
    const m = month(r);
    return [
      `${a.nom} ${reflexive(a, 'отказал')} от участия в учениях в ${b.loc} в ${MONTH_LOC[m]} ${y} года.`,
      { type: 'exercise.boycotted', actor: a.code, target: b.code, date: ym(y, m) },
    ];
  },
  (r, y) => {
    const [a, b] = two(r);
    const m = month(r);
    return [
      `${a.adj[0]!.toUpperCase()}${a.adj.slice(1)}ие военные обстреляли пограничные посты ${b.gen} в середине ${MONTH_GEN[m]} ${y} года.`,
      { type: 'clash', actor: a.code, target: b.code, date: ym(y, m) },
    ];
  },
  (r, y) => {
    const [a, b] = two(r);
    const m = month(r);
    return [
      `Военнослужащие ${a.gen} открыли огонь по позициям ${b.gen} в начале ${MONTH_GEN[m]} ${y} года.`,
      { type: 'clash', actor: a.code, target: b.code, date: ym(y, m) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    const m = month(r);
    return [
      `${a.nom} ${past(a, 'приостановил')} своё членство в ОДКБ в ${MONTH_LOC[m]} ${y} года.`,
      { type: 'membership.suspended', actor: a.code, target: 'CSTO', date: ym(y, m) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    const m = month(r);
    return [
      `В ${MONTH_LOC[m]} ${y} года ${a.nom} ${past(a, 'заморозил')} участие в ОДКБ.`,
      { type: 'membership.frozen', actor: a.code, target: 'CSTO', date: ym(y, m) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES.slice(0, 5));
    const p = pick(r, PARTNERS);
    return [
      `${a.nom} и ${p.nom} провели совместные военные учения в ${y} году.`,
      { type: 'external.cooperation', actor: a.code, target: p.code, date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES.slice(0, 5));
    const p = pick(r, PARTNERS);
    return [
      `${a.nom} ${past(a, 'подписал')} контракт на закупку вооружений у ${p.gen} в ${y} году.`,
      { type: 'external.cooperation', actor: a.code, target: p.code, date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    return [
      `${a.nom} ${reflexive(a, 'отказал')} подписать декларацию ОДКБ в ${y} году.`,
      { type: 'declaration.refused', actor: a.code, target: 'CSTO', date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES.slice(0, 5));
    return [
      `ОДКБ направила миротворческие силы в ${a.acc} в ${y} году.`,
      { type: 'deployment.started', actor: 'CSTO', target: a.code, date: String(y) },
    ];
  },
  (r, y) => {
    const [a, b] = two(r);
    const m = month(r);
    return [
      `Президент ${a.gen} не приехал на саммит ОДКБ в ${b.capLoc} в ${MONTH_LOC[m]} ${y} года.`,
      { type: 'summit.absent', actor: a.code, target: 'CSTO', date: ym(y, m) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES.slice(0, 5));
    return [
      `${a.nom} в ${y} году ${past(a, 'заявил')}, что не признаёт аннексию Крыма.`,
      { type: 'alignment.diverged', actor: a.code, target: 'RUS', date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES.slice(0, 5));
    return [
      `${a.nom} в ${y} году ${past(a, 'поддержал')} позицию России по Украине.`,
      { type: 'alignment.supported', actor: a.code, target: 'RUS', date: String(y) },
    ];
  },
  (r, y) => {
    const a = pick(r, STATES);
    const m = month(r);
    return [
      `Учения ОДКБ «Взаимодействие-${y}» прошли в ${a.loc} в ${MONTH_LOC[m]} ${y} года.`,
      { type: 'exercise.held', actor: a.code, target: 'CSTO', date: ym(y, m) },
    ];
  },
];

/** The Russian corpus for the firehose. */
export const RUSSIAN: CorpusKit = { filler: FILLER, events: EVENTS };
