import { Hono } from 'hono';
import { limitBody, LIMITS, readJson } from '../body.js';
import { notAvailable } from '../errors.js';
import { sendJson } from '../respond.js';
import type { ApiState } from '../state.js';

/** POST /api/assess and /api/simulate: open reads that take a JSON question. */
export function modelRoutes(state: ApiState): Hono {
  const app = new Hono();

  app.post('/assess', limitBody(LIMITS.json), async (c) => {
    const adapter = state.adapters.model;
    if (!adapter) throw notAvailable('assess');
    const request = await readJson(c, adapter.request);
    // The same question on the same store always gets the same answer: cache it.
    return sendJson(c, state.json(`assess:${JSON.stringify(request)}`, () => adapter.assess(state.context(), request)));
  });

  app.post('/simulate', limitBody(LIMITS.json), async (c) => {
    const adapter = state.adapters.sim;
    if (!adapter) throw notAvailable('simulate');
    const request = await readJson(c, adapter.request);
    return sendJson(c, await state.jsonAsync(`simulate:${JSON.stringify(request)}`, () => adapter.simulate(state.context(), request)));
  });
  return app;
}
