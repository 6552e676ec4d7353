import { userInfo } from 'node:os';
import { ProposalEdits, ReviewerName } from '../domain/index.js';
import { CliError } from './errors.js';

/** The edits options of `bloc review accept`. */
export interface EditOptions {
  readonly type?: string;
  readonly actor?: string;
  readonly target?: string;
  readonly date?: string;
  readonly details?: string;
  readonly summary?: string;
}

/** The reviewer: --reviewer, else $BLOC_REVIEWER, else the login name. */
export function reviewerOf(option: string | undefined): string {
  let name = option ?? process.env['BLOC_REVIEWER'];
  if (name === undefined) {
    try {
      name = userInfo().username;
    } catch {
      name = 'unknown';
    }
  }
  const parsed = ReviewerName.safeParse(name);
  if (!parsed.success) throw new CliError(`--reviewer: ${JSON.stringify(name)}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** The edits the options give, checked against the schema; `--target none` clears the target. */
export function editsOf(o: EditOptions): ProposalEdits {
  let details: unknown;
  if (o.details !== undefined) {
    try {
      details = JSON.parse(o.details);
    } catch {
      throw new CliError(`--details: ${JSON.stringify(o.details)} is not JSON (e.g. '{"name":"Rubezh-2026"}')`);
    }
  }
  const raw = {
    ...(o.type !== undefined ? { type: o.type } : {}),
    ...(o.actor !== undefined ? { actor: o.actor.toUpperCase() } : {}),
    ...(o.target !== undefined ? { target: o.target.toLowerCase() === 'none' ? null : o.target.toUpperCase() } : {}),
    ...(o.date !== undefined ? { date: o.date } : {}),
    ...(details !== undefined ? { details } : {}),
    ...(o.summary !== undefined ? { summary: o.summary } : {}),
  };
  const parsed = ProposalEdits.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new CliError(`--${String(i.path[0] ?? 'edit')}: ${i.message}`);
  }
  return parsed.data;
}
