import { z } from 'zod';
import { ChronicleEvent, CodedEvent, EventCodes, Leader, Member, type Alliance } from '../domain/index.js';
import { LIMITS } from './body.js';
import {
  ArticleBody,
  AsOfQuery,
  AssessBody,
  EventsQuery,
  IndicatorsQuery,
  LeadersQuery,
  MAX_HORIZON,
  MAX_RUNS,
  ReviewBody,
  ReviewedEvent,
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
        ReviewBody: schema(ReviewBody, 'input'),
        ReviewedEvent: schema(ReviewedEvent, 'input'),
        AssessBody: schema(AssessBody, 'input'),
        SimulateBody: schema(SimulateBody, 'input'),
      },
    },
    paths: {
      '/api/meta': {
        get: { summary: 'Server facts: today, data pack, event count, which modules are available', responses: { '200': res('facts') } },
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
          summary: 'Code an article and store its events',
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/ArticleBody' }) },
          responses: { '201': res('ids inserted and merged'), ...errors(400, 401, 413, 415) },
        },
      },
      '/api/review': {
        post: {
          ...secured,
          summary: `Accept or reject an extracted event, recorded with who and when (body at most ${LIMITS.json} bytes)`,
          requestBody: { required: true, content: json({ $ref: '#/components/schemas/ReviewBody' }) },
          responses: { '201': res('the decision as recorded'), ...errors(400, 401, 413, 415) },
        },
      },
      '/api/reviews': { get: { summary: 'The latest review decisions', responses: { '200': res('reviews') } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': res('OpenAPI 3 document') } } },
    },
  };
}
