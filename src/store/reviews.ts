import type { ImportEvent } from '../domain/index.js';

/** One reviewer's decision on an extracted event, as stored in the `reviews` table. */
export interface Review {
  readonly seq: number;
  readonly event_id: string;
  readonly decision: 'accepted' | 'rejected';
  readonly reviewer: string;
  readonly at: string;
  readonly record: ImportEvent;
}

/** What recording a review did: the event's id and whether it entered the chronicle as new. */
export interface ReviewResult {
  readonly seq: number;
  readonly event_id: string;
  readonly decision: 'accepted' | 'rejected';
  readonly merged: boolean;
  readonly at: string;
}

/** A reviewer's decision on one extracted event. */
export interface ReviewInput {
  readonly decision: 'accepted' | 'rejected';
  readonly reviewer: string;
  readonly event: ImportEvent;
  readonly at: string;
}
