import { z } from 'zod';
import {
  AuditEntry,
  ChronicleEvent,
  CodedEvent,
  EventCodes,
  FeedStatus,
  Freshness,
  Leader,
  Member,
  Proposal,
  ProposalEdits,
  type Alliance,
} from '../domain/index.js';
import { LIMITS } from './body.js';
import {
  AcceptBody,
  ArticleBody,
  AsOfQuery,
  AuditQuery,
  IngestBody,
  PreviewBody,
  ProposalsQuery,
  RejectBody,
  RetractBody,
  AssessBody,
  EventsQuery,
  IndicatorsQuery,
  LeadersQuery,
  MAX_HORIZON,
  MAX_RUNS,
  SimulateBody,
  TimelineQuery,
} from './schemas.js';

type Json = Record<string, unknown>;

// Refinements (real calendar days, known actor codes) have no JSON Schema form; the API still checks them.
const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): Json =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Json;

function parameters(q: z.ZodType, inPath: readonly string[] = []): Json[] {
  const s = schema(q, 'input') as { properties?: Record<string, Json>; required?: string[] };
  const query = Object.entries(s.properties ?? {}).map(([name, p]) => ({
    name,
    in: 'query',
    required: (s.required ?? []).includes(name) && !('default' in p),
    schema: p,
  }));
  return [...inPath.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })), ...query];
}

const error = { $ref: '#/components/schemas/Error' };
const json = (s: Json) => ({ 'application/json': { schema: s } });
const res = (description: string, s: Json = { type: 'object' }) => ({ description, content: json(s) });
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), res(`error (${c})`, error)]));
const secured = { security: [{ bearer: [] }], ...{} };
// An event as the API gives it: the chronicle's record plus its standard codes (docs/exports.md).
const withCodes = {
  allOf: [
    { $ref: '#/components/schemas/ChronicleEvent' },
    { type: 'object', required: ['codes'], properties: { codes: { $ref: '#/components/schemas/EventCodes' } } },
  ],
};

/** The OpenAPI 3 document, built from the same zod schemas the API validates with. */
export function openApiDocument(alliance: Pick<Alliance, 'name'>): Json {
  return {
    openapi: '3.0.3',
    info: {
      title: 'bloc API',
      version: '0.1.0',
      description: `The ${alliance.name} as a living system: members, chronicle, cohesion indicators, crisis model, simulator and news coder. Reads are open; writes need a bearer token.`,
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['message'],
          properties: {
            message: { type: 'string' },
            issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
        ChronicleEvent: schema(ChronicleEvent),
        EventCodes: schema(EventCodes),
        CodedEvent: schema(CodedEvent),
        Member: schema(Member),
        Leader: schema(Leader),
        ArticleBody: schema(ArticleBody, 'input'),
        Proposal: schema(Proposal),
        ProposalEdits: schema(ProposalEdits, 'input'),
        AuditEntry: schema(AuditEntry),
        FeedStatus: schema(FeedStatus),
        Freshness: schema(Freshness),
        IngestBody: schema(IngestBody, 'input'),
        AcceptBody: schema(AcceptBody, 'input'),
        PreviewBody: schema(PreviewBody, 'input'),
        RejectBody: schema(RejectBody, 'input'),
        RetractBody: schema(RetractBody, 'input'),
        AssessBody: schema(AssessBody, 'input'),
        SimulateBody: schema(SimulateBody, 'input'),
      },
    },
    paths: {
      '/api/meta': {
        get: {
          summary:
            'Server facts: today, data pack, event count, and freshness (latest event, curation day, last feed poll, pending proposals)',
          responses: { '200': res('facts') },
        },
      },
      '/api/members': {
        get: {
          summary: 'Every state that was ever a party, with its status on a day',
          parameters: parameters(AsOfQuery),
          responses: { '200': res('members'), ...errors(400) },
        },
      },
      '/api/members/{code}': {
        get: {
          summary: 'One member: status, leaders in office, all its leaders',
          parameters: parameters(AsOfQuery, ['code']),
          responses: { '200': res('member'), ...errors(400, 404) },
        },
      },
      '/api/leaders': {
        get: {
          summary: 'Leaders, by country, role and day in office',
          parameters: parameters(LeadersQuery),
          responses: { '200': res('leaders'), ...errors(400) },
        },
      },
      '/api/summits': { get: { summary: 'Summits and who stayed away', responses: { '200': res('summits') } } },
      '/api/treaty': { get: { summary: 'Treaty instruments and provisions', responses: { '200': res('treaty') } } },
      '/api/events': {
        get: {
          summary: 'The chronicle, filtered as in the CLI and paginated',
          parameters: parameters(EventsQuery),
          responses: {
            '200': res('a page of events', {
              type: 'object',
              properties: {
                total: { type: 'integer' },
                limit: { type: 'integer' },
                offset: { type: 'integer' },
                order: { type: 'string' },
                events: { type: 'array', items: withCodes },
              },
            }),
            ...errors(400),
          },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event',
          parameters: parameters(z.strictObject({}), ['id']),
          responses: { '200': res('event, with its standard codes', withCodes), ...errors(404) },
        },
      },
      '/api/indicators': {
        get: {
          summary: 'Cohesion indicators as of a day (no hindsight)',
          parameters: parameters(IndicatorsQuery),
          responses: { '200': res('indicators'), ...errors(400) },
        },
      },
      '/api/timeline': {
        get: {
          summary: 'Monthly cohesion series: alliance and members, or one member with its components',
          parameters: parameters(TimelineQuery),
          responses: { '200': res('series'), ...errors(400) },
        },
      },
      '/api/assess': {
        post: {
          summary: 'What the alliance would do about a request for assistance',
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/AssessBody' }) },
          responses: {
            '200': res('outcome probabilities with 80% intervals, member stances, and the held-out record on similar cases'),
            ...errors(400, 413, 415),
          },
        },
      },
      '/api/simulate': {
        post: {
          summary: `Monte Carlo of the alliance (at most ${MAX_RUNS} runs, ${MAX_HORIZON} months)`,
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/SimulateBody' }) },
          responses: { '200': res('fan chart and status probabilities'), ...errors(400, 413, 415) },
        },
      },
      '/api/extract': {
        post: {
          ...secured,
          summary: `A dated article in, coded events out (body at most ${LIMITS.article} bytes)`,
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/ArticleBody' }) },
          responses: { '200': res('events with drafts and evidence spans'), ...errors(400, 401, 413, 415) },
        },
      },
      '/api/ingest': {
        post: {
          ...secured,
          summary: 'Code an article and propose its events for review (accept: true puts dated events straight in, origin auto)',
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/IngestBody' }) },
          responses: {
            '201': res('proposal ids: proposed, grouped with another outlet, accepted; undated count'),
            ...errors(400, 401, 413, 415),
          },
        },
      },
      '/api/proposals': {
        get: {
          summary: 'Proposals waiting for review (or in another status), newest article first',
          parameters: parameters(ProposalsQuery),
          responses: {
            '200': res('a page of proposals', {
              type: 'object',
              properties: { total: { type: 'integer' }, proposals: { type: 'array', items: { $ref: '#/components/schemas/Proposal' } } },
            }),
            ...errors(400),
          },
        },
      },
      '/api/proposals/{id}': {
        get: {
          summary: 'One proposal, its article with the evidence span, the event accepting it would merge into, and its audit entries',
          parameters: parameters(z.strictObject({}), ['id']),
          responses: { '200': res('proposal'), ...errors(404) },
        },
      },
      '/api/proposals/{id}/preview': {
        post: {
          summary: 'What accepting with these edits would store, and the event it would merge into (writes nothing)',
          parameters: parameters(z.strictObject({}), ['id']),
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/PreviewBody' }) },
          responses: { '200': res('record and merge'), ...errors(400, 404, 409) },
        },
      },
      '/api/proposals/{id}/accept': {
        post: {
          ...secured,
          summary:
            'Accept a pending proposal with edits (type, actor, target, date at any precision, details, summary); recorded in the audit log',
          parameters: parameters(z.strictObject({}), ['id']),
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/AcceptBody' }) },
          responses: {
            '201': res('the event, whether it merged, the event before the merge, the sources added'),
            ...errors(400, 401, 404, 409),
          },
        },
      },
      '/api/proposals/{id}/reject': {
        post: {
          ...secured,
          summary: 'Reject a pending proposal; recorded in the audit log',
          parameters: parameters(z.strictObject({}), ['id']),
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/RejectBody' }) },
          responses: { '201': res('the proposal'), ...errors(400, 401, 404, 409) },
        },
      },
      '/api/proposals/{id}/retract': {
        post: {
          ...secured,
          summary: 'Take an accepted proposal (id or event id) out of the chronicle, with a reason; kept whole, recorded in the audit log',
          parameters: parameters(z.strictObject({}), ['id']),
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/RetractBody' }) },
          responses: { '201': res('the proposal'), ...errors(400, 401, 404, 409) },
        },
      },
      '/api/audit': {
        get: {
          summary: 'The append-only audit log of review decisions, newest first',
          parameters: parameters(AuditQuery),
          responses: {
            '200': res('entries', {
              type: 'object',
              properties: { entries: { type: 'array', items: { $ref: '#/components/schemas/AuditEntry' } } },
            }),
          },
        },
      },
      '/api/feeds': {
        get: {
          summary: "Each followed feed's state and, under bloc serve --watch, the watcher's progress",
          responses: {
            '200': res('feeds', {
              type: 'object',
              properties: { feeds: { type: 'array', items: { $ref: '#/components/schemas/FeedStatus' } } },
            }),
          },
        },
      },
      '/api/feeds/poll': {
        post: {
          ...secured,
          summary: 'Poll every followed feed now (bloc serve --watch only)',
          responses: { '201': res('the pass summary'), ...errors(401, 409) },
        },
      },
      '/api/reviews': { get: { summary: 'The latest accept decisions as recorded with each event', responses: { '200': res('reviews') } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': res('OpenAPI 3 document') } } },
    },
  };
}
