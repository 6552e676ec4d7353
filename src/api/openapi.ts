import { z } from 'zod';
import type { Alliance } from '../domain/index.js';
import * as responses from './responses.js';
import type { Route } from './route.js';

type Json = Record<string, unknown>;
type Named = z.core.$ZodRegistry<{ id: string }>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ 'application/json': { schema } });
// The error body is `Error` in the document, as clients know it; every other schema keeps its export's name.
const componentName = (exported: string): string => (exported === 'ErrorBody' ? 'Error' : exported);

const FAILURES: Readonly<Record<number, string>> = {
  400: 'the input is invalid: the message and issues say where',
  401: 'the bearer token is missing or wrong',
  404: 'no such thing',
  409: 'the state forbids it now: the proposal is already decided or joined another, or no poll can start',
  413: 'the body is too large',
  415: 'the body is not declared as JSON',
  429: 'too many simulations running or waiting; try again shortly',
  503: 'the store is busy (see Retry-After), or the client went away or the run was stopped',
};

// Each named schema once (a schema exported under two names keeps its first).
function registryOf(schemas: Readonly<Record<string, unknown>>): Named {
  const named = z.registry<{ id: string }>();
  for (const [name, s] of Object.entries(schemas)) {
    if (s instanceof z.ZodType && !named.has(s)) named.add(s, { id: componentName(name) });
  }
  return named;
}

function components(named: Named): Record<string, Json> {
  // Refinements (real calendar days, known actor codes) have no JSON Schema form: their patterns are
  // given as metadata, and the API still checks them.
  const { schemas } = z.toJSONSchema(named, { unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, withoutSchemaKeys(s as Json)]));
}

function withoutSchemaKeys(s: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = s;
  return rest;
}

// Request schemas are inlined in their operation, in their input form: a field with a default is
// optional there, and generators (openapi-typescript) treat it so only outside the components.
const inputSchema = (s: z.ZodType): Json => withoutSchemaKeys(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json);

function parameters(r: Route): Json[] {
  const inPath = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  if (!r.query) return inPath;
  const s = inputSchema(r.query) as { properties?: Record<string, Json>; required?: string[] };
  const query = Object.entries(s.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: (s.required ?? []).includes(name) && !('default' in schema),
    schema,
  }));
  return [...inPath, ...query];
}

function operation(r: Route, nameOf: (s: z.ZodType) => string): Json {
  const status = String(r.status ?? 200);
  const failures = Object.fromEntries(
    r.errors.map((code) => [String(code), { description: FAILURES[code] ?? `error ${code}`, content: json(ref('Error')) }]),
  );
  const params = parameters(r);
  return {
    operationId: r.operationId,
    summary: r.summary,
    // Reads are open: said outright, so a client generator does not assume the token.
    security: r.auth === 'token' ? [{ bearer: [] }] : [],
    ...(params.length ? { parameters: params } : {}),
    ...(r.body ? { requestBody: { required: true, content: json(inputSchema(r.body.schema)) } } : {}),
    responses: {
      [status]: { description: r.summary, content: json(ref(nameOf(r.response))) },
      ...failures,
      default: { description: 'any other failure (wrong method, foreign Host, internal error)', content: json(ref('Error')) },
    },
  };
}

/**
 * The OpenAPI 3.1 document of `routes`, made from the schemas they validate and answer with: each
 * response is a named component (its export's name in responses.ts), each request schema inline.
 */
export function openApiDocument(alliance: Pick<Alliance, 'name'>, routes: readonly Route[]): z.output<typeof responses.OpenApiDocument> {
  const named = registryOf(responses);
  const nameOf = (s: z.ZodType): string => {
    const id = named.get(s)?.id;
    if (id === undefined) throw new Error('every response schema is exported from responses.ts');
    return id;
  };
  const paths: Record<string, Record<string, Json>> = {};
  for (const r of routes) (paths[`/api${r.path}`] ??= {})[r.method] = operation(r, nameOf);
  return {
    openapi: '3.1.0',
    info: {
      title: 'bloc API',
      version: '0.1.0',
      description: `The ${alliance.name} as a living system: members, chronicle, cohesion indicators, crisis model, simulator and news coder. Reads are open; writes need a bearer token.`,
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: components(named),
    },
    paths,
  };
}
