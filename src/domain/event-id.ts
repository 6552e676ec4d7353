import { createHash } from 'node:crypto';

/**
 * A stable id for an event that came without one: the same type, actors, date and named
 * thing always give the same id, so re-importing a record finds its twin.
 */
export function deriveEventId(e: {
  readonly type: string;
  readonly actor: string;
  readonly target: string | null;
  readonly date: string | null;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}): string {
  const named = e.details?.['name'] ?? e.details?.['resolution'] ?? e.details?.['meeting'] ?? e.details?.['document'] ?? '';
  const key = [e.type, e.actor, e.target ?? '-', e.date ?? '-', String(named)].join('|');
  return `ev-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}
