import { RESPONSE_WINDOW_DAYS, actorName, type ChronicleEvent, type CodedRecord } from '../domain/index.js';
import { chartKit, indexChart, outlookChart, type ChartKit } from './brief-charts.js';
import { CLASH_WINDOW_DAYS } from './brief-requests.js';
import type { Brief, BriefPoint, DeskView, Outlook } from './brief.js';

/** Escapes text for HTML content and attribute values: every data string goes through it. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;
const fixed = (x: number | null | undefined, d = 1): string => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
const monthName = (day: string): string =>
  new Date(`${day}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A source as a link when it is a web address; `article:<id>` stays text. */
function sourceLink(s: string): string {
  return /^https?:\/\//.test(s) ? `<a href="${esc(s)}">${esc(s)}</a>` : `<span>${esc(s)}</span>`;
}

const sourcesOf = (e: ChronicleEvent): string[] => [e.source, ...(e.sources ?? []).filter((s) => s !== e.source)];
const table = (head: readonly string[], rows: readonly string[][]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

function indicesSection(kit: ChartKit, b: Brief): string {
  const now = b.indices.now;
  const series = b.indices.series;
  const yearAgo = series.filter((p) => p.as_of <= `${Number(b.as_of.slice(0, 4)) - 1}${b.as_of.slice(4)}`).at(-1);
  const recent = series.filter((p) => p.as_of >= `${Number(b.as_of.slice(0, 4)) - 3}${b.as_of.slice(4)}`);
  const change = (code: string, v: number): string => {
    const before: BriefPoint | undefined = yearAgo;
    const then = code === b.alliance.code ? before?.alliance : before?.members[code];
    return then === null || then === undefined ? '–' : `${v - then >= 0 ? '+' : ''}${(v - then).toFixed(1)}`;
  };
  const rows = now.members
    .filter((m) => m.in_alliance)
    .map((m) => [esc(m.code), esc(m.name), esc(m.status.de_facto), fixed(m.cohesion), change(m.code, m.cohesion)]);
  rows.unshift([
    `<strong>${esc(b.alliance.code)}</strong>`,
    esc(b.alliance.name),
    `${now.alliance.parties} parties`,
    `<strong>${fixed(now.alliance.cohesion)}</strong>`,
    change(b.alliance.code, now.alliance.cohesion),
  ]);
  return `<section id="indices"><h2>Cohesion indices</h2>
<p>The alliance's cohesion index on ${esc(b.as_of)} is <strong>${fixed(now.alliance.cohesion)}</strong> out of 100, over ${now.alliance.parties} parties (${now.alliance.full_members} full members). Each figure uses only what was known on its day (docs/indicators.md).</p>
<figure class="chart">${indexChart(kit, series, b.alliance.code, `Cohesion index of ${b.alliance.name} and its members, month by month to ${b.as_of}`)}<figcaption>Month by month since the founding, as known at each month's end; the last point is ${esc(b.as_of)}.</figcaption></figure>
<figure class="chart">${indexChart(kit, recent, b.alliance.code, `The last three years of the cohesion index to ${b.as_of}`)}<figcaption>The last three years.</figcaption></figure>
${table(['code', 'party', 'status (de facto)', `index on ${b.as_of}`, 'change over 12 months'], rows)}
</section>`;
}

function eventRow(e: CodedRecord): string[] {
  const codes = [
    e.codes.cameo ? `CAMEO ${e.codes.cameo}${e.codes.cameo_extension ? '*' : ''}` : '',
    e.codes.plover ? `PLOVER ${e.codes.plover}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  const who = e.target === null ? esc(actorName(e.actor)) : `${esc(actorName(e.actor))} → ${esc(actorName(e.target))}`;
  return [
    esc(e.date),
    `${esc(e.type)}<br><small>${esc(codes)}</small>`,
    who,
    esc(e.summary),
    `<ul class="sources">${sourcesOf(e)
      .map((s) => `<li>${sourceLink(s)}</li>`)
      .join('')}</ul>`,
  ];
}

function monthSection(b: Brief): string {
  const body = b.month.events.length
    ? `${table(['date', 'type', 'who', 'what happened', 'sources'], b.month.events.map(eventRow))}<p class="note">* bloc's own extension of CAMEO: CAMEO has no exact code for the type.</p>`
    : `<p>No event of this month was known on ${esc(b.as_of)}.</p>`;
  return `<section id="events"><h2>Events of ${esc(monthName(b.as_of))}</h2>
<p>Events dated from ${esc(b.month.from)} to ${esc(b.month.to)} and known by ${esc(b.as_of)}: ${b.month.events.length}.</p>${body}</section>`;
}

function pendingSection(b: Brief): string {
  const rows = b.pending.map(({ event: e, days }) => {
    const d = (e.details ?? {}) as Record<string, unknown>;
    return [
      esc(actorName(e.actor)),
      esc(e.target),
      esc(e.date),
      esc(typeof d['threat'] === 'string' ? d['threat'] : '–'),
      String(days),
      esc(e.summary),
      `<ul class="sources">${sourcesOf(e)
        .map((s) => `<li>${sourceLink(s)}</li>`)
        .join('')}</ul>`,
    ];
  });
  const body = rows.length
    ? table(['requester', 'asked', 'date', 'threat', 'days pending', 'request', 'sources'], rows)
    : `<p>No request was pending on ${esc(b.as_of)}.</p>`;
  return `<section id="pending"><h2>Pending requests</h2>
<p>A request is pending from the day it is known until its outcome is known, by the rule the indicators use: the day the chronicle says the outcome was reported, else the first known response of the outcome's kind (naming the request, or of the same crisis episode), else ${RESPONSE_WINDOW_DAYS} days after the request (the codebook's window). A request with no outcome in the chronicle stays pending.</p>${body}</section>`;
}

function deskSection(b: Brief, desk: DeskView): string {
  const rule = `<p>The desk looks at the newest pending request from a full member whose threat is recorded, assessed on the day it was made, as the backtest assesses every case (fitted on earlier cases, reading what was known the day before). Failing one, it looks at a request to the alliance, dated the day after the brief, by the full member attacked in the newest clash known in the ${CLASH_WINDOW_DAYS} days before the brief, under the treaty's collective-defence article.</p>`;
  if (desk.rule === 'none')
    return `<section id="desk"><h2>The crisis desk</h2>${rule}<p>No request to assess: ${esc(desk.reason)}.</p></section>`;
  const r = desk.request;
  const a = desk.assessment;
  const basis = desk.rule === 'pending' ? 'pending request' : 'clash';
  const dist = Object.entries(a.distribution).map(([k, v]) => [esc(k), pct(v)]);
  const ahead = desk.fitted_ahead.length
    ? `<p class="note">Among the cases fitted, the outcome of ${desk.fitted_ahead.map((id) => `<code>${esc(id)}</code>`).join(', ')} was not yet known on ${esc(b.as_of)}; the model fits on the outcomes the chronicle records.</p>`
    : '';
  return `<section id="desk"><h2>The crisis desk: the likeliest next request</h2>${rule}
<p><strong>${esc(actorName(r.requester))}</strong> asks ${esc(r.asked)} for help against ${esc(r.threat.replace(/_/g, ' '))}${r.adversary ? ` (adversary ${esc(actorName(r.adversary))})` : ''}${r.article ? `, under Article ${esc(r.article)}` : ''}, on ${esc(r.date)}; chosen from the ${basis} <code>${esc(desk.basis.id)}</code> (${esc(desk.basis.date)}): ${esc(desk.basis.summary)}</p>
<p>Most likely outcome: <strong>${esc(a.modal)}</strong>, decided by the ${esc(a.route)}; framing ${esc(a.framing.chosen)}. The weights were fitted on ${a.fitted_on} earlier cases.</p>
${table(['outcome', 'probability'], dist)}
<ul>${a.reasons.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>${ahead}</section>`;
}

function outlookSection(kit: ChartKit, b: Brief, outlook: Outlook): string {
  if ('unavailable' in outlook)
    return `<section id="outlook"><h2>The simulator's outlook</h2><p>No outlook: ${esc(outlook.unavailable)}.</p></section>`;
  const r = outlook.result;
  const bands = r.alliance.index;
  const at = [3, 6, 12, 24, 36].filter((m) => m <= bands.length).map((m) => bands[m - 1]!);
  const members = r.members.map((m) => [esc(m.code), esc(m.start_status), pct(m.p_status_change), pct(m.p_unanswered_request)]);
  return `<section id="outlook"><h2>The simulator's outlook</h2>
<p>${r.runs} seeded runs (seed ${r.seed}) of ${r.horizon} months from ${esc(r.as_of)}, scenario ${esc(r.scenario)}. The band holds 80% of the runs (10th to 90th percentile); the line is the median; the dot is the index on the start day${r.alliance.index_start === null ? '' : ` (${fixed(r.alliance.index_start)})`}.</p>
<figure class="chart">${outlookChart(kit, bands, { as_of: r.as_of, value: r.alliance.index_start }, `Simulated alliance index from ${r.as_of}: median and 10-90% band over ${r.runs} runs`)}<figcaption>Simulated alliance index, median and 10–90% band.</figcaption></figure>
${table(
  ['month', '10%', 'median', '90%'],
  at.map((x) => [esc(x.month), fixed(x.p10), fixed(x.median), fixed(x.p90)]),
)}
${table(['member', 'status at start', 'P(status change)', 'P(request answered by a statement or nothing)'], members)}
</section>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;color:#222;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.8rem 0;font-size:.85rem}th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
figure{margin:1rem 0}figcaption,.note,.meta{color:#555;font-size:.85rem}ul.sources{margin:0;padding-left:1rem;font-size:.75rem;word-break:break-all}
svg{max-width:100%;height:auto}section{break-inside:auto}tr{break-inside:avoid}`;

/** The brief as one self-contained HTML page: inline SVG charts and styles, no script, no external resource. */
export async function renderBriefHtml(b: Brief): Promise<string> {
  const kit = await chartKit();
  const title = `${b.alliance.name}: brief as of ${b.as_of}`;
  const stale =
    b.as_of > b.pack.curated_to
      ? `<p class="meta">The chronicle was curated to ${esc(b.pack.curated_to)}: events after that day may be missing.</p>`
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${esc(title)}</h1>
<p class="meta">Data pack ${esc(b.pack.name)} ${esc(b.pack.version)}; everything below uses only what was known on ${esc(b.as_of)}.</p>${stale}</header>
${indicesSection(kit, b)}
${monthSection(b)}
${pendingSection(b)}
${deskSection(b, b.desk)}
${outlookSection(kit, b, b.outlook)}
<footer><p class="meta">Written by bloc (docs/exports.md, "A dated brief"). Codes: CAMEO and PLOVER as mapped by bloc's event ontology; an asterisk marks bloc's own extension of CAMEO.</p></footer>
</body></html>
`;
}
