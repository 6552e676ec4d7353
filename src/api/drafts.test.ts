import { describe, expect, it } from 'vitest';
import { ImportEvent, type CodedEvent } from '../domain/index.js';
import { draftOf } from './drafts.js';

describe('draftOf()', () => {
  it('makes a draft without the language the coder read, that reads as a chronicle import record', () => {
    const coded = {
      article_id: 'a1',
      type: 'assistance.requested',
      actor: 'KGZ',
      target: 'CSTO',
      date: '2022-09-18',
      evidence: 'Киргизия обратилась к ОДКБ за помощью.',
      confidence: 0.75,
      language: 'ru',
    } as CodedEvent;
    const draft = draftOf(coded, { id: 'a1', date: '2022-09-19', text: coded.evidence });
    expect(draft).not.toHaveProperty('language');
    expect(draft).toMatchObject({ date: '2022-09-18', reported: '2022-09-19', source: 'article:a1', evidence: coded.evidence });
    expect(ImportEvent.safeParse(draft).success).toBe(true);
  });
});
