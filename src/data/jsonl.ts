import type { z } from 'zod';

/** A problem with one line or record of an input file, reported as FILE:LINE: field: reason. */
export interface InputProblem {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

/** Formats a problem the way every bloc command reports bad input. */
export function formatProblem(p: InputProblem): string {
  return `${p.file}:${p.line}: ${p.field}: ${p.reason}`;
}

export type Parsed<T> =
  { readonly ok: true; readonly value: T; readonly line: number } | { readonly ok: false; readonly problems: InputProblem[] };

/** Validates one value against a schema, turning zod issues into located problems. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, file: string, line: number): Parsed<T> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data, line };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({
      file,
      line,
      field: i.path.length ? i.path.join('.') : '(record)',
      reason: plainReason(i, value),
    })),
  };
}

// zod lists every allowed type when the discriminator is wrong; a user needs the bad value instead.
function plainReason(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.path.length === 1 && issue.path[0] === 'type' && /discriminator/i.test(issue.message)) {
    const t = (value as { type?: unknown } | null)?.type;
    return t === undefined ? 'missing event type' : `unknown event type ${JSON.stringify(t)}`;
  }
  return issue.message;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Splits raw bytes into lines, decoding each strictly so a bad byte is blamed on its own line. */
export function decodeLines(bytes: Uint8Array, file: string): { lines: (string | undefined)[]; problems: InputProblem[] } {
  const lines: (string | undefined)[] = [];
  const problems: InputProblem[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        lines.push(utf8.decode(bytes.subarray(start, i)));
      } catch {
        lines.push(undefined);
        problems.push({ file, line: lines.length, field: '(line)', reason: 'not valid UTF-8 text' });
      }
      start = i + 1;
    }
  }
  return { lines, problems };
}

/** Parses JSON Lines (text, or raw bytes decoded strictly): blank lines are skipped, every other line is one record. */
export function parseJsonLines<T>(input: string | Uint8Array, schema: z.ZodType<T>, file: string): Parsed<T>[] {
  const out: Parsed<T>[] = [];
  let lines: (string | undefined)[];
  if (typeof input === 'string') lines = input.split('\n');
  else {
    const decoded = decodeLines(input, file);
    lines = decoded.lines;
    for (const p of decoded.problems) out.push({ ok: false, problems: [p] });
  }
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.trim();
    if (raw === undefined || raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      out.push({ ok: false, problems: [{ file, line: i + 1, field: '(line)', reason: `malformed JSON: ${(err as Error).message}` }] });
      continue;
    }
    out.push(validate(schema, value, file, i + 1));
  }
  return out;
}
