import type { ModelContext } from './context.js';
import { ModelInputError } from './errors.js';

/**
 * Values that replace factors the context read from the data: a member's alignment with the hegemon
 * and its participation (the indicators' 0..1 scales) and the hegemon's spare capacity (0..1). The simulator passes what its
 * run has made of them; anything not given is read from the data as before.
 */
export interface AssessOverrides {
  readonly alignment?: Readonly<Record<string, number>> | undefined;
  readonly participation?: Readonly<Record<string, number>> | undefined;
  readonly spareCapacity?: number | undefined;
}

function share(field: string, x: number): number {
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new ModelInputError(field, `${x} is not a share between 0 and 1`);
  return x;
}

/** The context with the overrides applied; a value outside 0..1 is refused, naming the field. */
export function withOverrides(ctx: ModelContext, o: AssessOverrides | undefined): ModelContext {
  if (o === undefined) return ctx;
  const alignment = { ...ctx.alignment };
  for (const [code, v] of Object.entries(o.alignment ?? {})) alignment[code] = share(`overrides.alignment.${code}`, v);
  const participation = { ...ctx.participation };
  for (const [code, v] of Object.entries(o.participation ?? {})) participation[code] = share(`overrides.participation.${code}`, v);
  const spare = o.spareCapacity === undefined ? ctx.spare : share('overrides.spareCapacity', o.spareCapacity);
  return { ...ctx, alignment, participation, spare };
}
