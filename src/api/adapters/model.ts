import { z } from 'zod';
import { IsoDay, Threat, TreatyArticle } from '../../domain/index.js';
import {
  Asked,
  assessRequest,
  fitCases,
  fitParams,
  loadParams,
  ModelInputError,
  trackRecord,
  type ModelData,
  type RequestAssessment,
} from '../../model/index.js';
import { ApiError } from '../errors.js';
import { ActorParam } from '../schemas.js';
import type { AdapterContext } from './context.js';

/** POST /api/assess: a request for assistance, as `bloc assess` takes it. */
export const AssessBody = z.strictObject({
  requester: ActorParam,
  date: IsoDay,
  threat: Threat,
  asked: Asked.default('CSTO'),
  adversary: ActorParam.nullable().optional(),
  article: TreatyArticle.nullable().optional(),
});
export type AssessBody = z.infer<typeof AssessBody>;

/** What the API needs of src/model. */
export interface ModelAdapter {
  readonly request: typeof AssessBody;
  assess(ctx: AdapterContext, request: AssessBody): RequestAssessment;
}

function data(ctx: AdapterContext): ModelData {
  return ctx.memo('model:data', () => ({
    members: ctx.store.members(),
    treaty: ctx.store.treaty(),
    events: ctx.store.events(),
    summits: ctx.store.summits(),
  }));
}

/** The live adapter: the same checks and leave-the-future-out fitting as `bloc assess`. */
export const modelAdapter: ModelAdapter | undefined = {
  request: AssessBody,
  assess(ctx, r) {
    const store = ctx.store;
    const d = data(ctx);
    const base = ctx.memo('model:params', () => loadParams());
    const cases = ctx.memo('model:cases', () => fitCases(d, base));
    const request = {
      requester: r.requester,
      asked: r.asked,
      date: r.date,
      threat: r.threat,
      adversary: r.adversary ?? null,
      article: r.article ?? null,
    };
    try {
      // The same checks, leave-the-future-out fitting and day-before reading as `bloc assess`.
      return assessRequest(request, {
        data: d,
        base,
        span: store.span(ctx.today),
        cases,
        fit: (past) => ctx.memo(`model:fit:${past.length}`, () => fitParams([...past], base)),
        record: () => ctx.memo('model:record', () => trackRecord(d, base)),
      });
    } catch (err) {
      if (err instanceof ModelInputError) throw new ApiError(400, err.message);
      throw err;
    }
  },
};
