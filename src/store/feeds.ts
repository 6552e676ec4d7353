import type Database from 'better-sqlite3';
import { prepared } from './statements.js';
import type { FeedStatus } from '../domain/index.js';

/** How one poll of a feed ended, as the watcher reports it. */
export interface PollRecord {
  readonly url: string;
  readonly at: string;
  readonly state: 'ok' | 'not_modified' | 'error';
  readonly title?: string | undefined;
  readonly error?: string | undefined;
  /** Validators for the next conditional request (kept from before when the server sent none). */
  readonly etag?: string | undefined;
  readonly lastModified?: string | undefined;
  readonly nextPollAt: string;
  readonly items: number;
  readonly proposals: number;
}

/** Each followed feed's state between runs, and the items already taken from feeds. */
export class FeedStore {
  constructor(
    private readonly db: Database.Database,
    /** Runs a write in one immediate transaction, retried while another process holds the lock. */
    private readonly write: <T>(work: () => T) => T,
  ) {}

  /** Every feed polled or registered so far, in URL order. */
  all(): FeedStatus[] {
    return prepared(this.db, 'SELECT * FROM feeds ORDER BY url').all() as FeedStatus[];
  }

  /** One feed's state, or undefined for a feed never seen. */
  get(url: string): FeedStatus | undefined {
    return prepared(this.db, 'SELECT * FROM feeds WHERE url = ?').get(url) as FeedStatus | undefined;
  }

  /** Registers feeds not seen before, so the status lists them before their first poll. */
  register(urls: readonly string[]): void {
    const stmt = prepared(this.db, 'INSERT OR IGNORE INTO feeds (url) VALUES (?)');
    this.write(() => {
      for (const u of urls) stmt.run(u);
    });
  }

  /** Records how a poll went: failures in a row count up on errors and reset on success. */
  recordPoll(p: PollRecord): FeedStatus {
    const failed = p.state === 'error';
    this.write(() => this.savePoll(p, failed));
    return this.get(p.url)!;
  }

  private savePoll(p: PollRecord, failed: boolean): void {
    prepared(this.db, `INSERT INTO feeds (url) VALUES (?) ON CONFLICT(url) DO NOTHING`).run(p.url);
    prepared(
      this.db,
      `UPDATE feeds SET state = ?, last_polled_at = ?, last_ok_at = CASE WHEN ? THEN last_ok_at ELSE ? END,
         last_error = ?, failures = CASE WHEN ? THEN failures + 1 ELSE 0 END, next_poll_at = ?,
         etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), title = coalesce(?, title),
         items = items + ?, proposals = proposals + ? WHERE url = ?`,
    ).run(
      p.state,
      p.at,
      failed ? 1 : 0,
      p.at,
      p.error ?? null,
      failed ? 1 : 0,
      p.nextPollAt,
      p.etag ?? null,
      p.lastModified ?? null,
      p.title ?? null,
      p.items,
      p.proposals,
      p.url,
    );
  }

  /** The instant of the latest poll of any feed, or null when none was ever polled. */
  lastPoll(): string | null {
    return (prepared(this.db, 'SELECT max(last_polled_at) AS t FROM feeds').get() as { t: string | null }).t;
  }

  /** True when an item with this key (its canonical URL, or its feed and id) was taken before. */
  seen(key: string): boolean {
    return prepared(this.db, 'SELECT 1 FROM feed_items WHERE key = ?').get(key) !== undefined;
  }

  /** Marks an item as taken, with the article it became (null when it yielded none). */
  markSeen(key: string, feed: string, articleId: string | null, at: string): void {
    const mark = prepared(this.db, 'INSERT OR IGNORE INTO feed_items (key, feed, article_id, seen_at) VALUES (?, ?, ?, ?)');
    this.write(() => mark.run(key, feed, articleId, at));
  }
}
