import type { EventType } from '../../src/domain/index.js';

/** The spec's event types, for the filter menus (../shared/spec/events.md). */
export const EVENT_TYPES = [
  'membership.joined',
  'membership.frozen',
  'membership.suspended',
  'membership.withdrawal_announced',
  'membership.withdrew',
  'assistance.requested',
  'assistance.granted',
  'assistance.mission',
  'assistance.declined',
  'assistance.refused_by_requester',
  'deployment.started',
  'deployment.ended',
  'exercise.held',
  'exercise.cancelled',
  'exercise.boycotted',
  'summit.absent',
  'declaration.refused',
  'clash',
  'alignment.diverged',
  'alignment.supported',
  'un.vote',
  'external.cooperation',
] as const satisfies readonly EventType[];

// A type the domain adds and this list lacks fails to compile here (the bundle cannot import the list itself).
export const EVERY_TYPE_LISTED: [Exclude<EventType, (typeof EVENT_TYPES)[number]>] extends [never] ? true : never = true;

/** Type families ("exercise"), which the events filter also accepts. */
export const FAMILIES = [...new Set(EVENT_TYPES.filter((t) => t.includes('.')).map((t) => t.split('.')[0]!))];
