import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
import { futureDateProblem } from '../domain/index.js';
import type { ChronicleEvent, CodedEvent, ImportEvent, Proposal, ProposalEdits, ProposalStatus } from '../domain/index.js';
import { appendAudit } from './audit-log.js';
import type { ChronicleWriter } from './chronicle-writer.js';
import { articleHash } from './article-hash.js';
import {
  PROPOSAL_SELECT,
  proposalId,
  proposalOf,
  recordOf,
  ReviewError,
  sameEvent,
  sourceOf,
  draftSummary,
  type ProposalRow,
} from './proposal-rows.js';
import { recordReview } from './reviews.js';
import { retractEvent } from './retractions.js';
import type { AcceptResult, ProposalPage, ProposalPreview, ProposeResult } from './proposal-results.js';

/** What the proposal store needs of the chronicle: its write transaction, the merge target of a record, reading an event. */
export interface ChronicleAccess {
  /** Runs `work` in one immediate transaction, retried while another process holds the lock. */
  write<T>(work: (w: ChronicleWriter) => T): T;
  mergeTarget(e: ImportEvent): string | undefined;
  event(id: string): ChronicleEvent | undefined;
}

/** An article to propose events from, with the feed it came through, if any. */
export interface ProposeArticle {
  readonly id: string;
  readonly date: string;
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly text: string;
  readonly feed?: string | undefined;
}

/** Minimum confidence per event type or family (`exercise.held`, `exercise`, or `*`) for accepting without review. */
export type AutoAccept = Readonly<Record<string, number>>;

/** Who proposes and when; `accept` takes dated events straight in (`all`) or above a confidence per type. */
export interface ProposeOptions {
  readonly now: string;
  readonly accept?: 'all' | AutoAccept | undefined;
  /** Propose events dated more than a year after their article too (announced drills, summits). */
  readonly allowFuture?: boolean | undefined;
}

export interface Decider {
  readonly by: string;
  readonly at: string;
}

/** Proposals: coded events waiting for a person, and the decisions taken on them. */
export class ProposalStore {
  constructor(
    private readonly db: Database.Database,
    private readonly chronicle: ChronicleAccess,
  ) {}

  /**
   * Stores an article and proposes its coded events, in one transaction. The same article again, or
   * another with the same text, writes nothing. An event another pending proposal already describes
   * joins it, so one event reported by several outlets is one decision with several sources.
   */
  propose(article: ProposeArticle, coded: readonly CodedEvent[], opts: ProposeOptions): ProposeResult {
    const sha = articleHash(article.text);
    return this.chronicle.write((w): ProposeResult => {
      const none = { article: article.id, proposed: [], grouped: [], accepted: [], undated: 0, future: 0 };
      const prior = prepared(this.db, 'SELECT sha256 FROM articles WHERE id = ?').get(article.id) as { sha256: string } | undefined;
      if (prior?.sha256 === sha) return { ...none, already: true, duplicate_of: null };
      const twin = prepared(this.db, 'SELECT id FROM articles WHERE sha256 = ? AND id != ? LIMIT 1').get(sha, article.id) as
        { id: string } | undefined;
      if (twin) return { ...none, already: true, duplicate_of: twin.id };
      prepared(this.db, 'INSERT OR REPLACE INTO articles (id, date, title, url, sha256, ingested_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        article.id,
        article.date,
        article.title ?? null,
        article.url ?? null,
        sha,
        opts.now,
      );
      prepared(this.db, 'INSERT OR REPLACE INTO article_texts (article_id, text, feed) VALUES (?, ?, ?)').run(
        article.id,
        article.text,
        article.feed ?? null,
      );
      const insert = prepared(
        this.db,
        `INSERT OR IGNORE INTO proposals (id, article_id, status, type, actor, coded, summary, lead_id, created_at)
         VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?)`,
      );
      const proposed: string[] = [];
      const grouped: string[] = [];
      const accepted: string[] = [];
      const plausible = opts.allowFuture
        ? coded
        : coded.filter((e) => e.date === null || futureDateProblem(e.date, article.date, article.date) === undefined);
      for (const e of plausible) {
        const id = proposalId(article.id, e);
        const lead = this.pendingTwin(e, article.id);
        if (insert.run(id, article.id, e.type, e.actor, JSON.stringify(e), draftSummary(e), lead ?? null, opts.now).changes === 0) continue;
        proposed.push(id);
        if (lead !== undefined) grouped.push(id);
        else if (e.date !== null && autoAccepts(opts.accept, e)) {
          const rule = opts.accept === 'all' ? 'accepted on ingest (--accept)' : `confidence ${e.confidence} at or above the threshold`;
          this.decideAccept(w, id, { by: 'auto', at: opts.now }, {}, { auto: rule });
          accepted.push(id);
        }
      }
      const undated = coded.filter((e) => e.date === null).length;
      const future = coded.length - plausible.length;
      return { article: article.id, already: false, duplicate_of: null, proposed, grouped, accepted, undated, future };
    });
  }

  // A pending lead proposal from another article that describes the same event.
  private pendingTwin(e: CodedEvent, articleId: string): string | undefined {
    const rows = prepared(
      this.db,
      `SELECT id, coded FROM proposals WHERE status = 'pending' AND lead_id IS NULL AND type = ? AND actor = ? AND article_id != ?
         ORDER BY created_at, id`,
    ).all(e.type, e.actor, articleId) as { id: string; coded: string }[];
    return rows.find((r) => sameEvent(JSON.parse(r.coded) as CodedEvent, e))?.id;
  }

  private row(id: string): ProposalRow | undefined {
    return prepared(this.db, `${PROPOSAL_SELECT} WHERE p.id = ?`).get(id) as ProposalRow | undefined;
  }

  private members(leadId: string): ProposalRow[] {
    return prepared(this.db, `${PROPOSAL_SELECT} WHERE p.lead_id = ? ORDER BY p.created_at, p.id`).all(leadId) as ProposalRow[];
  }

  private toProposal(r: ProposalRow): Proposal {
    const also = this.members(r.id).map((m) => ({ id: m.id, url: m.a_url, article_id: m.article_id }));
    return proposalOf(r, also);
  }

  /** One proposal by id. */
  get(id: string): Proposal | undefined {
    const r = this.row(id);
    return r ? this.toProposal(r) : undefined;
  }

  private must(id: string): ProposalRow {
    const r = this.row(id);
    if (!r) throw new ReviewError(`no proposal ${JSON.stringify(id)} (bloc review list shows the pending ones)`, 'not_found');
    return r;
  }

  /** Proposals in one status (or all), newest article first; those that joined another are listed under it. */
  list(opts: { status?: ProposalStatus | 'all'; limit?: number; offset?: number } = {}): ProposalPage {
    const status = opts.status ?? 'pending';
    const where = `WHERE p.lead_id IS NULL${status === 'all' ? '' : ' AND p.status = ?'}`;
    const params = status === 'all' ? [] : [status];
    const total = (
      prepared(this.db, `SELECT count(*) AS n FROM proposals p ${where}`).get(...params) as {
        n: number;
      }
    ).n;
    const rows = prepared(this.db, `${PROPOSAL_SELECT} ${where} ORDER BY a.date DESC, p.created_at DESC, p.id LIMIT ? OFFSET ?`).all(
      ...params,
      Math.max(0, opts.limit ?? 1000),
      Math.max(0, opts.offset ?? 0),
    ) as ProposalRow[];
    return { total, proposals: rows.map((r) => this.toProposal(r)) };
  }

  /** How many proposals wait for review (leads only: a group is one decision). */
  pending(): number {
    return (prepared(this.db, "SELECT count(*) AS n FROM proposals WHERE status = 'pending' AND lead_id IS NULL").get() as { n: number }).n;
  }

  /** The text of an article, for showing the evidence in it. */
  articleText(articleId: string): string | undefined {
    return (prepared(this.db, 'SELECT text FROM article_texts WHERE article_id = ?').get(articleId) as { text: string } | undefined)?.text;
  }

  /** What accepting with these edits would do, without writing: the record, and the event it would merge into. */
  preview(id: string, edits: ProposalEdits): ProposalPreview {
    const lead = this.lead(this.must(id), 'accepted');
    const record = recordOf(this.toProposal(lead), edits, this.sourcesOf(lead));
    const twin = this.chronicle.mergeTarget(record);
    return { record, merge_into: twin === undefined ? null : (this.chronicle.event(twin) ?? null) };
  }

  // The proposal a decision is taken on: a pending lead.
  private lead(r: ProposalRow, what: string): ProposalRow {
    if (r.lead_id !== null)
      throw new ReviewError(
        `proposal ${r.id} describes the same event as ${r.lead_id} (another article): decide on ${r.lead_id}`,
        'conflict',
      );
    if (r.status !== 'pending') throw new ReviewError(`proposal ${r.id} is ${r.status}, so it cannot be ${what}`, 'conflict');
    return r;
  }

  private sourcesOf(lead: ProposalRow): string[] {
    const all = [lead, ...this.members(lead.id)].map((r) => sourceOf({ id: r.article_id, url: r.a_url }));
    return [...new Set(all)];
  }

  /**
   * Accepts a pending proposal (and those that joined it) into the chronicle with the reviewer's edits,
   * in one transaction: a new event, or its sources added to the event it describes again. The
   * decision goes to the audit log with the edits and the merge.
   */
  accept(id: string, who: Decider, edits: ProposalEdits): AcceptResult {
    return this.chronicle.write((w) => this.decideAccept(w, id, who, edits, {}));
  }

  // Inside the caller's write transaction. A person's decision is also a review (origin `reviewed`);
  // an automatic one stores the record with origin `auto` and its time.
  private decideAccept(w: ChronicleWriter, id: string, who: Decider, edits: ProposalEdits, opts: { auto?: string }): AcceptResult {
    const lead = this.lead(this.must(id), 'accepted');
    const group = [lead, ...this.members(lead.id)];
    const record = recordOf(this.toProposal(lead), edits, this.sourcesOf(lead));
    const twin = w.target(record);
    const before = twin === undefined ? null : (this.chronicle.event(twin) ?? null);
    let eventId: string;
    let merged: boolean;
    if (opts.auto !== undefined) {
      const r = w.apply(record, { kind: 'auto', at: who.at }, who.at);
      merged = r.action !== 'inserted';
      eventId = r.id;
    } else {
      const chronicle = { apply: w.apply.bind(w), twinOf: (e: ImportEvent) => w.target(e) };
      const r = recordReview(this.db, chronicle, { decision: 'accepted', reviewer: who.by, event: record, at: who.at });
      merged = r.merged;
      eventId = r.event_id;
    }
    const event = this.chronicle.event(eventId)!;
    const had = new Set(before ? [before.source, ...(before.sources ?? [])] : []);
    const added = merged ? [event.source, ...(event.sources ?? [])].filter((s) => !had.has(s)) : [];
    const link = prepared(this.db, 'INSERT OR IGNORE INTO event_articles (event_id, article_id, evidence, confidence) VALUES (?, ?, ?, ?)');
    const mark = prepared(
      this.db,
      `UPDATE proposals SET status = 'accepted', decided_by = ?, decided_at = ?, reason = ?, auto = ?, accepted = ?, event_id = ?,
       merged = ?, added_sources = ? WHERE id = ?`,
    );
    for (const r of group) {
      const coded = JSON.parse(r.coded) as CodedEvent;
      link.run(eventId, r.article_id, coded.evidence, coded.confidence);
      mark.run(
        who.by,
        who.at,
        opts.auto ?? null,
        opts.auto !== undefined ? 1 : 0,
        JSON.stringify(record),
        eventId,
        merged ? 1 : 0,
        r.id === lead.id ? JSON.stringify(added) : null,
        r.id,
      );
    }
    appendAudit(this.db, {
      at: who.at,
      who: who.by,
      action: 'accepted',
      proposal_id: lead.id,
      event_id: eventId,
      reason: opts.auto ?? null,
      detail: {
        edits,
        record,
        merged,
        ...(merged ? { merged_into: before, added_sources: added } : {}),
        ...(group.length > 1 ? { with: group.slice(1).map((r) => r.id) } : {}),
        ...(opts.auto !== undefined ? { auto: true } : {}),
      },
    });
    return { proposal: this.get(lead.id)!, event, merged, before, added_sources: added, record };
  }

  // Marks a decided group (the lead and those that joined it) with its new status, who and why.
  private close(group: readonly ProposalRow[], status: 'rejected' | 'retracted', who: Decider, reason: string | null): void {
    const mark = prepared(this.db, 'UPDATE proposals SET status = ?, decided_by = ?, decided_at = ?, reason = ?, auto = 0 WHERE id = ?');
    for (const r of group) mark.run(status, who.by, who.at, reason, r.id);
  }

  /** Turns a pending proposal (and those that joined it) down; the chronicle is untouched. */
  reject(id: string, who: Decider, reason: string | null): Proposal {
    return this.chronicle.write((): Proposal => {
      const lead = this.lead(this.must(id), 'rejected');
      const group = [lead, ...this.members(lead.id)];
      this.close(group, 'rejected', who, reason);
      appendAudit(this.db, {
        at: who.at,
        who: who.by,
        action: 'rejected',
        proposal_id: lead.id,
        event_id: null,
        reason,
        detail: group.length > 1 ? { with: group.slice(1).map((r) => r.id) } : {},
      });
      return this.get(lead.id)!;
    });
  }

  /**
   * Takes an accepted proposal's event out of the chronicle, or the sources it added to an event
   * it merged into, with a reason. Nothing is lost: the event is kept whole among the retracted
   * ones and the audit log says who did it, when and why. `id` is a proposal or the event it became.
   */
  retract(id: string, who: Decider, reason: string): Proposal {
    if (reason.trim() === '') throw new ReviewError('reason: a retraction needs a reason', 'invalid');
    return this.chronicle.write((): Proposal => {
      const lead = this.acceptedLead(id);
      const group = [lead, ...this.members(lead.id)];
      const eventId = lead.event_id!;
      const others = (
        prepared(
          this.db,
          `SELECT id FROM proposals WHERE event_id = ? AND status = 'accepted' AND merged = 1 AND id != ? AND (lead_id IS NULL OR lead_id != ?)`,
        ).all(eventId, lead.id, lead.id) as { id: string }[]
      ).map((r) => r.id);
      if (lead.merged === 0 && others.length > 0)
        throw new ReviewError(
          `event ${eventId} also holds what proposal(s) ${others.join(', ')} added: retract those first, then ${lead.id}`,
          'conflict',
        );
      // Records other than proposals (imports) may have merged into the event too: they must not lose their home.
      const absorbed = (
        prepared(this.db, 'SELECT seq FROM merges WHERE into_id = ? AND undone_at IS NULL ORDER BY seq').all(eventId) as { seq: number }[]
      ).map((r) => `#${r.seq}`);
      if (lead.merged === 0 && absorbed.length > 0)
        throw new ReviewError(
          `event ${eventId} also holds what merge(s) ${absorbed.join(', ')} added (bloc merges list): undo those first, then retract ${lead.id}`,
          'conflict',
        );
      const taken = retractEvent(this.db, {
        eventId,
        proposalId: lead.id,
        whole: lead.merged === 0,
        sources: JSON.parse(lead.added_sources ?? '[]') as string[],
        articles: group.map((r) => r.article_id),
        at: who.at,
      });
      this.close(group, 'retracted', who, reason);
      appendAudit(this.db, {
        at: who.at,
        who: who.by,
        action: 'retracted',
        proposal_id: lead.id,
        event_id: eventId,
        reason,
        detail: taken,
      });
      return this.get(lead.id)!;
    });
  }

  private acceptedLead(id: string): ProposalRow {
    let r = this.row(id);
    if (!r) {
      const byEvent = prepared(
        this.db,
        "SELECT id FROM proposals WHERE event_id = ? AND status = 'accepted' AND lead_id IS NULL ORDER BY merged, decided_at",
      ).get(id) as { id: string } | undefined;
      if (!byEvent) throw new ReviewError(`no accepted proposal or reviewed event ${JSON.stringify(id)}`, 'not_found');
      r = this.row(byEvent.id)!;
    }
    if (r.lead_id !== null) r = this.must(r.lead_id);
    if (r.status !== 'accepted' || r.event_id === null)
      throw new ReviewError(`proposal ${r.id} is ${r.status}: only an accepted proposal can be retracted`, 'conflict');
    return r;
  }
}

function autoAccepts(policy: ProposeOptions['accept'], e: CodedEvent): boolean {
  if (policy === undefined) return false;
  if (policy === 'all') return true;
  const threshold = policy[e.type] ?? policy[e.type.split('.')[0]!] ?? policy['*'];
  return threshold !== undefined && e.confidence >= threshold;
}
