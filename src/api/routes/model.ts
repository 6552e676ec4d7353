import { assess, simulationStart } from '../../compose/index.js';
import { ModelInputError } from '../../model/index.js';
import { LIMITS } from '../body.js';
import { ApiError } from '../errors.js';
import { Assessment, Simulation } from '../responses.js';
import { route } from '../route.js';
import { AssessBody, MAX_HORIZON, MAX_RUNS, SimulateBody } from '../schemas.js';
import type { ApiState } from '../state.js';

// Bodies up to this size are remembered as sent, so a repeated question skips JSON.parse and zod.
// Larger ones are keyed only by their parsed form, so the cache's keys stay small.
const RAW_KEY_MAX = 2048;

/** POST /api/assess and /api/simulate: open reads that take a JSON question; simulations are capped and queued. */
export const modelRoutes = [
  route({
    operationId: 'assess',
    method: 'post',
    path: '/assess',
    summary: 'What the alliance would do about a request for assistance',
    body: { schema: AssessBody, maxBytes: LIMITS.json },
    response: Assessment,
    errors: [400, 413, 415],
    handle: async (_c, { state }, input) => {
      const text = await input.text();
      // The same question on the same store always gets the same answer: cache it.
      return state.answer(rawKey('assess', text), () => {
        const body = input.parse(text);
        state.checkActors('body', { requester: body.requester, asked: body.asked, adversary: body.adversary });
        const request = {
          requester: body.requester,
          asked: body.asked ?? state.alliance.code,
          date: body.date,
          threat: body.threat,
          adversary: body.adversary ?? null,
          article: body.article ?? null,
        };
        return { key: `assess:${JSON.stringify(request)}`, compute: () => assessOr400(state, request) };
      });
    },
  }),
  route({
    operationId: 'simulate',
    method: 'post',
    path: '/simulate',
    summary: `Monte Carlo of the alliance (at most ${MAX_RUNS} runs, ${MAX_HORIZON} months)`,
    body: { schema: SimulateBody, maxBytes: LIMITS.json },
    response: Simulation,
    errors: [400, 413, 415, 429, 503],
    handle: async (c, { state, simulate, simulations }, input) => {
      const text = await input.text();
      // Aborted when the client disconnects: a queued simulation is dropped, a running one stopped.
      const signal = c.req.raw.signal;
      const job = { signal, timeoutMs: simulations.limits.timeoutMs };
      return state.answerAsync(rawKey('simulate', text), () => {
        const r = input.parse(text);
        const start = simulationStart(state.workspace, r.as_of);
        const request = { asOf: start.asOf, horizon: r.horizon, runs: r.runs, seed: r.seed, scenario: r.scenario };
        return {
          key: `simulate:${JSON.stringify(request)}`,
          compute: async () => ({ ...(await simulations.run(() => simulate(request, job), signal)), data_gap: start.data_gap }),
        };
      });
    },
  }),
];

// The model names the field at fault; the client gets it as a 400.
function assessOr400(state: ApiState, request: Parameters<typeof assess>[1]) {
  try {
    return assess(state.workspace, request);
  } catch (err) {
    if (err instanceof ModelInputError) throw new ApiError(400, err.message);
    throw err;
  }
}

function rawKey(name: string, text: string): string | undefined {
  return text.length <= RAW_KEY_MAX ? `${name} ${text}` : undefined;
}
