import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ChronicleEvent, CouncilSeat, Leader, Member, Organ, PackManifest, Summit, Treaty } from '../domain/index.js';
import { formatProblem, parseJsonLines, validate, type InputProblem } from './jsonl.js';

/** Where the CSTO pack lives; resolved from this file so it works from src/ and dist/. */
export const PACK_DIR = fileURLToPath(new URL('../../src/data/csto/', import.meta.url));

export interface Pack {
  readonly manifest: PackManifest;
  readonly members: readonly Member[];
  readonly leaders: readonly Leader[];
  readonly councilSeats: readonly CouncilSeat[];
  readonly treaty: Treaty;
  readonly organs: readonly Organ[];
  readonly summits: readonly Summit[];
  readonly events: readonly ChronicleEvent[];
}

export class PackError extends Error {
  constructor(readonly problems: readonly InputProblem[]) {
    super(`the data pack has ${problems.length} problem(s):\n${problems.slice(0, 50).map(formatProblem).join('\n')}`);
    this.name = 'PackError';
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

/** Loads and validates the whole pack; throws PackError listing every problem found. */
export function loadPack(dir: string = PACK_DIR): Pack {
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
  if (problems.length || !manifest || !treaty) throw new PackError(problems);
  return { manifest, members, leaders, councilSeats, treaty, organs, summits, events };
}

/** A hash of every file in the pack: when it changes, stores reload the pack's events. */
export function packFingerprint(dir: string = PACK_DIR): string {
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
