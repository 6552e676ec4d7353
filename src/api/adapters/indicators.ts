import { prepareIndicators, type AsOfResult, type IndicatorEngine, type SeriesPoint } from '../../indicators/index.js';
import { ApiError } from '../errors.js';
import type { AdapterContext } from './context.js';

/** What the API needs of src/indicators. */
export interface IndicatorsAdapter {
  asOf(ctx: AdapterContext, day: string, member: string | undefined): AsOfResult;
  series(
    ctx: AdapterContext,
    opts: { from?: string | undefined; to?: string | undefined; member?: string | undefined },
  ): readonly SeriesPoint[];
}

// Compiling the chronicle is the expensive part: once per store state, then every query is a lookup.
function engine(ctx: AdapterContext): IndicatorEngine {
  return ctx.memo('indicators:engine', () => {
    const members = ctx.store.members();
    const events = ctx.store.events();
    if (members.length === 0 || events.length === 0)
      throw new ApiError(409, `the store holds ${events.length} events and ${members.length} members: nothing to compute indicators from`);
    return prepareIndicators({ members, summits: ctx.store.summits(), events, today: ctx.today });
  });
}

/** The live adapter over src/indicators. */
export const indicatorsAdapter: IndicatorsAdapter | undefined = {
  asOf: (ctx, day, member) => engine(ctx).asOf(day, member),
  series: (ctx, opts) => engine(ctx).series(opts),
};
