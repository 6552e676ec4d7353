import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  allianceOf,
  BlocError,
  ChronicleEvent,
  CouncilSeat,
  isAllianceActor,
  Leader,
  Member,
  Organ,
  PackManifest,
  Summit,
  Treaty,
  type Alliance,
  type AllianceSnapshot,
} from '../domain/index.js';
import { formatProblem, parseJsonLines, validate, type InputProblem } from './jsonl.js';

/** Where the default pack (the CSTO) lives; resolved from this file so it works from src/ and dist/. */
export const DEFAULT_PACK_DIR = fileURLToPath(new URL('../../src/data/csto/', import.meta.url));

/** The pack a command runs on: `--pack DIR`, else `$BLOC_PACK`, else the CSTO pack. */
export function resolvePackDir(option?: string | undefined): string {
  const chosen = option ?? process.env['BLOC_PACK'];
  return chosen ? resolve(chosen) : DEFAULT_PACK_DIR;
}

/** Everything a pack holds: the alliance and its snapshot, plus leaders, Council seats and organs. */
export interface Pack extends AllianceSnapshot {
  readonly manifest: PackManifest;
  readonly leaders: readonly Leader[];
  readonly councilSeats: readonly CouncilSeat[];
  readonly organs: readonly Organ[];
}

export class PackError extends BlocError {
  constructor(readonly problems: readonly InputProblem[]) {
    super(`the data pack has ${problems.length} problem(s):\n${problems.slice(0, 50).map(formatProblem).join('\n')}`, 422);
  }
}

function readJson<T>(dir: string, name: string, schema: z.ZodType<T>, problems: InputProblem[]): T | undefined {
  const path = join(dir, name);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push({ file: relative(process.cwd(), path), line: 1, field: '(file)', reason: (err as Error).message });
    return undefined;
  }
  const r = validate(schema, value, relative(process.cwd(), path), 1);
  if (r.ok) return r.value;
  problems.push(...r.problems);
  return undefined;
}

function readLines<T>(dir: string, name: string, schema: z.ZodType<T>, problems: InputProblem[]): T[] {
  const path = join(dir, name);
  const out: T[] = [];
  for (const r of parseJsonLines(readFileSync(path, 'utf8'), schema, relative(process.cwd(), path))) {
    if (r.ok) out.push(r.value);
    else problems.push(...r.problems);
  }
  return out;
}

/** The problems of a record whose actor, target or claimant is neither a state nor an organisation the pack declares. */
export function actorProblems(
  alliance: Alliance,
  record: { readonly actor: string; readonly target: string | null; readonly claimed_by?: string | undefined },
  file: string,
  line: number,
): InputProblem[] {
  const out: InputProblem[] = [];
  for (const [field, code] of [
    ['actor', record.actor],
    ['target', record.target],
    ['claimed_by', record.claimed_by],
  ] as const) {
    if (code !== null && code !== undefined && !isAllianceActor(alliance, code))
      out.push({ file, line, field, reason: `unknown actor code ${JSON.stringify(code)}: ${unknownActorHint(alliance)}` });
  }
  return out;
}

/** What an actor code may be, for error messages. */
export function unknownActorHint(alliance: Alliance): string {
  return `expected ISO 3166-1 alpha-3 or one of ${alliance.organisations.map((o) => o.code).join(', ')}`;
}

// Actors must be states or organisations the manifest declares; summits meet in its forums.
function checkActors(alliance: Alliance, events: readonly ChronicleEvent[], summits: readonly Summit[], problems: InputProblem[]): void {
  for (const e of events) problems.push(...actorProblems(alliance, e, `events/ (${e.id})`, 0));
  for (const s of summits) {
    if (!alliance.forums.includes(s.forum))
      problems.push({
        file: 'summits.jsonl',
        line: 0,
        field: 'forum',
        reason: `${s.id}: ${s.forum} is not a forum of pack.json (${alliance.forums.join(', ')})`,
      });
  }
}

/** Reads and validates only the pack's manifest (its name, alliance and languages); throws PackError. */
export function readManifest(dir: string): PackManifest {
  const problems: InputProblem[] = [];
  const manifest = readJson(dir, 'pack.json', PackManifest, problems);
  if (!manifest) throw new PackError(problems);
  return manifest;
}

/** Loads and validates the whole pack; throws PackError listing every problem found. */
export function loadPack(dir: string = DEFAULT_PACK_DIR): Pack {
  const problems: InputProblem[] = [];
  const manifest = readJson(dir, 'pack.json', PackManifest, problems);
  const members = readJson(dir, 'members.json', z.array(Member), problems) ?? [];
  const leaders = readLines(dir, 'leaders.jsonl', Leader, problems);
  const councilSeats = readJson(dir, 'council-seats.json', z.array(CouncilSeat), problems) ?? [];
  const treaty = readJson(dir, 'treaty.json', Treaty, problems);
  const organs = readJson(dir, 'organs.json', z.array(Organ), problems) ?? [];
  const summits = readLines(dir, 'summits.jsonl', Summit, problems);
  const events: ChronicleEvent[] = [];
  const eventDir = join(dir, 'events');
  for (const name of readdirSync(eventDir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    events.push(...readLines(eventDir, name, ChronicleEvent, problems));
  }
  const seen = new Map<string, number>();
  for (const e of events) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
  for (const [id, n] of seen) {
    if (n > 1) problems.push({ file: 'events/', line: 0, field: 'id', reason: `id ${id} is used ${n} times` });
  }
  const alliance = manifest && treaty ? allianceOf(manifest, treaty, dir) : undefined;
  if (alliance) checkActors(alliance, events, summits, problems);
  if (problems.length || !manifest || !treaty || !alliance) throw new PackError(problems);
  return { alliance, manifest, members, leaders, councilSeats, treaty, organs, summits, events };
}

/** A hash of every file in the pack: when it changes, stores reload the pack's events. */
export function packFingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(json|jsonl)$/.test(entry.name)) hash.update(entry.name).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
