import { actorName } from './actors.js';
import type { EventType } from './event-types.js';

// A plain verb phrase per type, so that machine-coded events get a readable summary.
const VERBS: Record<EventType, string> = {
  'membership.joined': 'joined',
  'membership.frozen': 'froze its participation in',
  'membership.suspended': 'suspended its membership of',
  'membership.withdrawal_announced': 'announced its withdrawal from',
  'membership.withdrew': 'withdrew from',
  'assistance.requested': 'asked for assistance from',
  'assistance.granted': 'granted assistance to',
  'assistance.mission': 'sent a mission to',
  'assistance.declined': 'declined or left unanswered a request from',
  'assistance.refused_by_requester': 'turned down help offered by',
  'deployment.started': 'deployed forces to',
  'deployment.ended': 'withdrew its forces from',
  'exercise.held': 'hosted an exercise with',
  'exercise.cancelled': 'cancelled an exercise of',
  'exercise.boycotted': 'stayed away from an exercise hosted by',
  'summit.absent': 'was absent from a summit of',
  'declaration.refused': 'refused to sign a document of',
  clash: 'clashed with',
  'alignment.diverged': 'distanced itself from',
  'alignment.supported': 'backed',
  'un.vote': 'voted at',
  'external.cooperation': 'cooperated on security with',
};

/** A one-line summary of an event from its type and actors ("Kyrgyzstan cancelled an exercise of CSTO"). */
export function describeEvent(e: { readonly type: EventType; readonly actor: string; readonly target: string | null }): string {
  const verb = VERBS[e.type];
  return e.target === null ? `${actorName(e.actor)}: ${verb}` : `${actorName(e.actor)} ${verb} ${actorName(e.target)}`;
}
