import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection: preparing costs more than running a small query. */
export function prepared(db: Database.Database, sql: string): Database.Statement {
  let stmts = cache.get(db);
  if (!stmts) cache.set(db, (stmts = new Map()));
  let s = stmts.get(sql);
  if (!s) stmts.set(sql, (s = db.prepare(sql)));
  return s;
}
