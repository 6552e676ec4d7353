import { Hono } from 'hono';
import { assess, simulationStart } from '../../compose/index.js';
import { ModelInputError } from '../../model/index.js';
import { limitBody, LIMITS, parseJson, readJsonText } from '../body.js';
import { ApiError } from '../errors.js';
import { sendJson } from '../respond.js';
import { AssessBody, SimulateBody } from '../schemas.js';
import type { JobLimiter } from '../job-limiter.js';
import type { Simulate } from '../sim-runner.js';
import type { ApiState } from '../state.js';

// Bodies up to this size are remembered as sent, so a repeated question skips JSON.parse and zod.
// Larger ones are keyed only by their parsed form, so the cache's keys stay small.
const RAW_KEY_MAX = 2048;

/** POST /api/assess and /api/simulate: open reads that take a JSON question; simulations are capped and queued. */
export function modelRoutes(state: ApiState, simulate: Simulate, simulations: JobLimiter): Hono {
  const app = new Hono();

  app.post('/assess', limitBody(LIMITS.json), async (c) => {
    const text = await readJsonText(c);
    // The same question on the same store always gets the same answer: cache it.
    return sendJson(
      c,
      state.answer(rawKey('assess', text), () => {
        const body = parseJson(text, AssessBody);
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
      }),
    );
  });

  app.post('/simulate', limitBody(LIMITS.json), async (c) => {
    const text = await readJsonText(c);
    // Aborted when the client disconnects: a queued simulation is dropped, a running one stopped.
    const signal = c.req.raw.signal;
    const job = { signal, timeoutMs: simulations.limits.timeoutMs };
    return sendJson(
      c,
      await state.answerAsync(rawKey('simulate', text), () => {
        const r = parseJson(text, SimulateBody);
        const start = simulationStart(state.workspace, r.as_of);
        const request = { asOf: start.asOf, horizon: r.horizon, runs: r.runs, seed: r.seed, scenario: r.scenario };
        return {
          key: `simulate:${JSON.stringify(request)}`,
          compute: async () => ({ ...(await simulations.run(() => simulate(request, job), signal)), data_gap: start.data_gap }),
        };
      }),
    );
  });
  return app;
}

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
