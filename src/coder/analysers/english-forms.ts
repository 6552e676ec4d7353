// Irregular English forms a suffix rule cannot make (news verbs mostly); lemma → forms.
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  be: ['is', 'are', 'was', 'were', 'been', 'being', 'am'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  begin: ['began', 'begun'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  deal: ['dealt'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  fall: ['fell', 'fallen'],
  feel: ['felt'],
  fight: ['fought'],
  find: ['found'],
  fly: ['flew', 'flown', 'flies'],
  forbid: ['forbade', 'forbidden'],
  freeze: ['froze', 'frozen'],
  get: ['got', 'gotten'],
  give: ['gave', 'given'],
  hold: ['held'],
  keep: ['kept'],
  lay: ['laid'],
  lead: ['led'],
  leave: ['left'],
  lend: ['lent'],
  lose: ['lost'],
  make: ['made'],
  mean: ['meant'],
  meet: ['met'],
  pay: ['paid'],
  ride: ['rode', 'ridden'],
  rise: ['rose', 'risen'],
  run: ['ran'],
  say: ['said'],
  see: ['saw', 'seen'],
  seek: ['sought'],
  sell: ['sold'],
  send: ['sent'],
  set: ['set'],
  shake: ['shook', 'shaken'],
  shoot: ['shot'],
  sit: ['sat'],
  speak: ['spoke', 'spoken'],
  spend: ['spent'],
  stand: ['stood'],
  steal: ['stole', 'stolen'],
  strike: ['struck', 'stricken'],
  swear: ['swore', 'sworn'],
  take: ['took', 'taken'],
  teach: ['taught'],
  tell: ['told'],
  think: ['thought'],
  throw: ['threw', 'thrown'],
  undertake: ['undertook', 'undertaken'],
  understand: ['understood'],
  wage: ['waged'],
  win: ['won'],
  withdraw: ['withdrew', 'withdrawn'],
  withhold: ['withheld'],
  write: ['wrote', 'written'],
  man: ['men'],
  woman: ['women'],
  person: ['people'],
  quit: ['quits', 'quitting'],
  hit: ['hits', 'hitting'],
  put: ['puts', 'putting'],
  cut: ['cuts', 'cutting'],
  shut: ['shuts', 'shutting'],
  spread: ['spreads'],
};

const VOWEL = /[aeiou]/;
const SIBILANT = /(?:s|x|z|ch|sh|o)$/;

/**
 * The inflected forms of an English lemma (nouns' plurals, verbs' -s, -ed and -ing forms), made by
 * suffix rules plus a table of irregular verbs. It over-generates on purpose (both "planed" and
 * "planned"): a form that is no real word never occurs, and the analyser's lemma decides in the end.
 */
export function englishForms(lemma: string): string[] {
  const w = lemma.toLowerCase();
  const out = new Set<string>([w, ...(IRREGULAR[w] ?? [])]);
  if (!/^[a-z]+$/.test(w) || w.length < 2) return [...out];
  const last = w[w.length - 1]!;
  const consonantY = last === 'y' && !VOWEL.test(w[w.length - 2]!);
  // -s
  out.add(consonantY ? `${w.slice(0, -1)}ies` : SIBILANT.test(w) ? `${w}es` : `${w}s`);
  if (w.endsWith('is')) out.add(`${w.slice(0, -2)}es`);
  // -ed
  if (last === 'e') out.add(`${w}d`);
  else if (consonantY) out.add(`${w.slice(0, -1)}ied`);
  else out.add(`${w}ed`);
  // -ing
  if (w.endsWith('ie')) out.add(`${w.slice(0, -2)}ying`);
  else if (last === 'e' && !w.endsWith('ee')) out.add(`${w.slice(0, -1)}ing`);
  else out.add(`${w}ing`);
  // A short final syllable doubles its consonant ("plan" → "planned", "ship" → "shipping"; "shell" keeps it).
  if (/[bcdfgklmnprstvz]$/.test(w) && VOWEL.test(w[w.length - 2]!) && !VOWEL.test(w[w.length - 3] ?? 'a')) {
    out.add(`${w}${last}ed`);
    out.add(`${w}${last}ing`);
  }
  // Nouns in -ion, -ment and the like have no verb forms, but the rules above only add non-words then.
  return [...out];
}
