import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../domain/index.js';
import { draftOf } from './drafts.js';
import { ReviewBody } from './schemas.js';

describe('draftOf()', () => {
  it('makes an import record a reviewer can accept from a record that says which language the coder read', () => {
    const coded = {
      article_id: 'a1',
      type: 'assistance.requested',
      actor: 'KGZ',
      target: 'CSTO',
      date: null,
      evidence: 'Киргизия обратилась к ОДКБ за помощью.',
      confidence: 0.75,
      language: 'ru',
    } as CodedEvent;
    const draft = draftOf(coded, { id: 'a1', date: '2022-09-19', text: coded.evidence });
    expect(draft).not.toHaveProperty('language');
    expect(draft).toMatchObject({ date: '2022-09-19', source: 'article:a1', evidence: coded.evidence });
    expect(ReviewBody.safeParse({ decision: 'accepted', reviewer: 'analyst', event: draft }).success).toBe(true);
  });
});
