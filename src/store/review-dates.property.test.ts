import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../domain/index.js';
import { ReviewError } from './proposal-rows.js';
import { openStore } from './store.js';

// A coded date as the coder may give it: a day, a month, a year, or none at all.
const codedDate = fc.option(
  fc.oneof(
    fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    fc.integer({ min: 2000, max: 2030 }).map(String),
  ),
  { nil: null },
);

const step = fc.record({
  articleDay: fc
    .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  date: codedDate,
  actor: fc.constantFrom('KGZ', 'TJK', 'ARM', 'KAZ'),
  // What the reviewer does: accept as it is, accept with a date of their own, reject, or accept then retract.
  action: fc.constantFrom('accept', 'reject', 'retract'),
  reviewerDate: fc.option(
    codedDate.filter((d) => d !== null),
    { nil: undefined },
  ),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  auto: fc.boolean(),
});

describe('the review path (property)', () => {
  it('never puts an event in the chronicle with a date that neither its text nor its reviewer gave', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const store = openStore({ path: ':memory:', pack: false });
        try {
          // The dates each event may carry: the text's, or one a reviewer typed. Never the article's own.
          const given = new Map<string, Set<string>>();
          steps.forEach((s, i) => {
            const article = { id: `a${i}`, date: s.articleDay, url: `https://example.org/${i}`, text: `Article ${i} about ${s.actor}.` };
            const e = {
              article_id: article.id,
              type: 'exercise.cancelled',
              actor: s.actor,
              target: 'CSTO',
              date: s.date,
              evidence: `Article ${i} about ${s.actor}.`,
              confidence: s.confidence,
            } as CodedEvent;
            const r = store.proposals.propose(article, [e], {
              now: '2031-01-01T00:00:00.000Z',
              accept: s.auto ? { exercise: 0.5 } : undefined,
            });
            const id = r.proposed[0];
            const allowed = new Set([s.date, s.reviewerDate].filter((d): d is string => typeof d === 'string'));
            if (id === undefined) return;
            given.set(id, allowed);
            const p = store.proposals.get(id)!;
            if (p.status !== 'pending' || p.joins !== null) return;
            const who = { by: 'prop', at: '2031-01-02T00:00:00.000Z' };
            if (s.action === 'reject') return void store.proposals.reject(id, who, null);
            try {
              store.proposals.accept(id, who, s.reviewerDate === undefined ? {} : { date: s.reviewerDate });
            } catch (err) {
              // The only refusal: no date from the text and none from the reviewer.
              expect(err).toBeInstanceOf(ReviewError);
              expect(s.date === null && s.reviewerDate === undefined).toBe(true);
              return;
            }
            if (s.action === 'retract') store.proposals.retract(id, who, 'property test');
          });
          for (const ev of store.events()) {
            const from = store.proposals.list({ status: 'accepted' }).proposals.filter((p) => p.event_id === ev.id);
            // A merged event keeps its first date; it came from some proposal's allowed dates.
            const ok = from.some((p) => given.get(p.id)?.has(ev.date));
            expect(ok).toBe(true);
          }
        } finally {
          store.close();
        }
      }),
      { numRuns: 150, seed: 20261208 },
    );
  });
});
