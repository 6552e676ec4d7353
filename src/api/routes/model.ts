import { Hono } from 'hono';
import { limitBody, LIMITS, parseJson, readJsonText } from '../body.js';
import { notAvailable } from '../errors.js';
import { sendJson } from '../respond.js';
import type { JobLimiter } from '../job-limiter.js';
import type { ApiState } from '../state.js';

// Bodies up to this size are remembered as sent, so a repeated question skips JSON.parse and zod.
// Larger ones are keyed only by their parsed form, so the cache's keys stay small.
const RAW_KEY_MAX = 2048;

/** POST /api/assess and /api/simulate: open reads that take a JSON question; simulations are capped and queued. */
export function modelRoutes(state: ApiState, simulations: JobLimiter): Hono {
  const app = new Hono();

  app.post('/assess', limitBody(LIMITS.json), async (c) => {
    const adapter = state.adapters.model;
    if (!adapter) throw notAvailable('assess');
    const text = await readJsonText(c);
    // The same question on the same store always gets the same answer: cache it.
    return sendJson(
      c,
      state.answer(rawKey('assess', text), () => {
        const request = parseJson(text, adapter.request);
        return { key: `assess:${JSON.stringify(request)}`, compute: () => adapter.assess(state.context(), request) };
      }),
    );
  });

  app.post('/simulate', limitBody(LIMITS.json), async (c) => {
    const adapter = state.adapters.sim;
    if (!adapter) throw notAvailable('simulate');
    const text = await readJsonText(c);
    // Aborted when the client disconnects: a queued simulation is dropped, a running one stopped.
    const signal = c.req.raw.signal;
    const job = { signal, timeoutMs: simulations.limits.timeoutMs };
    return sendJson(
      c,
      await state.answerAsync(rawKey('simulate', text), () => {
        const request = parseJson(text, adapter.request);
        return {
          key: `simulate:${JSON.stringify(request)}`,
          compute: () => simulations.run(() => adapter.simulate(state.context(), request, job), signal),
        };
      }),
    );
  });
  return app;
}

function rawKey(name: string, text: string): string | undefined {
  return text.length <= RAW_KEY_MAX ? `${name} ${text}` : undefined;
}
