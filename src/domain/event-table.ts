import { z } from 'zod';
import { Basis } from './alliance.js';
import { EVENT_TYPE_NAMES, OUTCOMES, THREATS, VOTES } from './event-types.js';
import { ORIGIN_KINDS } from './origin.js';
import { column, columnsOf, type ColumnSpec } from './table-columns.js';

const { required, optional } = column;

/**
 * One event as a flat row: the columns of `bloc events --format csv` and `--format parquet`, in
 * order, with their kinds and meanings. This schema is the only definition of those columns;
 * docs/exports.md is generated from it (`npm run docs:exports`).
 */
export const EventTableRow = z.object({
  id: required('string', "The event's stable id in the chronicle."),
  type: column.enum(EVENT_TYPE_NAMES, "The event type of bloc's ontology (docs/codebook.md)."),
  cameo: optional(
    'string',
    'CAMEO code(s) of the type, as text (leading zeros matter); two codes are written `0232 / 0234`. Empty where CAMEO has no code (`un.vote`).',
  ),
  cameo_extension: required(
    'boolean',
    "True where the CAMEO code is bloc's own extension: CAMEO has no exact code for the type, and the code given is the nearest fit.",
  ),
  plover: optional('string', 'PLOVER category of the type, with its mode after a comma (`SANCTION, withdraw`). Empty where there is none.'),
  actor: required('string', 'Who acted: an ISO 3166-1 alpha-3 code for a state, or an organisation code of the pack.'),
  actor_iso3: optional('string', 'The actor as ISO 3166-1 alpha-3, where it is a state.'),
  actor_cow: optional(
    'integer',
    "The actor's Correlates of War state number, where it is one of the pack's states (members.json); empty for other states.",
  ),
  target: optional('string', 'To whom or where the act was directed (state or organisation code); empty when the type has none.'),
  target_iso3: optional('string', 'The target as ISO 3166-1 alpha-3, where it is a state.'),
  target_cow: optional('integer', "The target's Correlates of War state number, where it is one of the pack's states."),
  date: required('string', 'When it happened, at the precision the source supports: YYYY-MM-DD, YYYY-MM or YYYY.'),
  date_precision: column.enum(['day', 'month', 'year'], 'The precision of `date`.'),
  date_start: required('date', 'First day `date` stands for.'),
  date_end: required('date', 'Last day `date` stands for (equal to `date_start` for a day).'),
  reported: optional('date', 'Publication date of the source, where recorded.'),
  known_from: required(
    'date',
    'First day the event counts as known in as-of figures: the later of `reported` and `date_start`, else `date_end` (docs/indicators.md).',
  ),
  summary: required('string', "What happened, in bloc's own words."),
  location_name: optional('string', 'Where it happened, as the source names the place.'),
  location_admin1: optional('string', 'First-level administrative region of the place.'),
  location_lat: optional('number', 'Latitude of the place, decimal degrees (WGS 84).'),
  location_lon: optional('number', 'Longitude of the place, decimal degrees (WGS 84).'),
  confidence: optional('number', "Coder's or curator's confidence, 0 to 1, where given."),
  evidence: optional('string', 'The sentence(s) of the source the event was read from, where recorded.'),
  claimed_by: optional(
    'string',
    "Whose account names the actor, where only one side's is given (a claim, not a settled fact); from the record or its details.",
  ),
  source: required('string', 'The first source: a web address, or `article:<id>` for an ingested article without one.'),
  sources: required('string', 'Every source, the first one first, separated by single spaces (spaces inside an address are written %20).'),
  source_count: required('integer', 'How many sources `sources` lists.'),
  origin: column.optionalEnum(
    ORIGIN_KINDS,
    'How the event entered the chronicle: `curated` (the data pack), `imported`, `reviewed` (accepted by a person) or `auto` (coded without review); docs/store.md.',
  ),
  origin_reviewer: optional('string', 'Who reviewed the event, where the origin names a reviewer.'),
  origin_at: optional('string', 'When the origin was recorded (ISO 8601 UTC instant), where given.'),
  article_id: optional('string', 'The ingested article the event was coded from, where there is one.'),
  treaty_article: optional('string', 'details.article: the treaty article a request invokes (`4`).'),
  threat: column.optionalEnum(THREATS, 'details.threat: the threat a request names.'),
  adversary: optional('string', 'details.adversary: the adversary a request names (actor code).'),
  outcome: column.optionalEnum(OUTCOMES, "details.outcome: what came of a request, in the chronicle's coding (docs/codebook.md)."),
  outcome_reported: optional(
    'date',
    "details.outcome_reported: the day the request's outcome was reported, where the record gives it (docs/indicators.md).",
  ),
  force: optional('string', 'details.force: the force granted.'),
  troops: optional('integer', 'details.troops: troops granted or deployed.'),
  fatalities: optional('integer', 'details.fatalities: deaths, all sides, as recorded.'),
  fatalities_as_of: optional('date', 'details.fatalities_as_of: the day the `fatalities` total was reported, where given.'),
  kind: optional('string', 'details.kind: the kind of deployment, mission or cooperation.'),
  name: optional('string', 'details.name: the name of an exercise or programme.'),
  participants: optional('string', 'details.participants: actor codes of the participants, separated by single spaces.'),
  meeting: optional('string', 'details.meeting: the meeting or summit concerned.'),
  document: optional('string', 'details.document: the document refused.'),
  resolution: optional('string', 'details.resolution: the UN resolution voted on.'),
  vote: column.optionalEnum(VOTES, 'details.vote: how the state voted.'),
  rejoined: optional('boolean', 'details.rejoined: a return to the alliance or to full participation.'),
  basis: column.optionalEnum(Basis.options as [Basis, ...Basis[]], 'details.basis: whether a membership change is de jure or de facto.'),
  episode: optional('string', 'details.episode: the crisis episode the event belongs to (shared by its request and responses).'),
  request: optional('string', 'details.request: the id of the request a response answers.'),
  note: optional('string', "details.note: the curator's note."),
  details_other: optional(
    'json',
    'Every other detail of the record, as one JSON object (keys not flattened into the columns above); empty when there are none.',
  ),
});
export type EventTableRow = z.infer<typeof EventTableRow>;

/** The columns of the events table, in order, as documented. */
export const EVENT_COLUMNS: readonly ColumnSpec[] = columnsOf(EventTableRow);
