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

export type Parsed<T> = { readonly ok: true; readonly value: T; readonly line: number } | { readonly ok: false; readonly problems: InputProblem[] };

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
      reason: i.message,
    })),
  };
}

/** Parses JSON Lines text: blank lines are skipped, every other line is one record. */
export function parseJsonLines<T>(text: string, schema: z.ZodType<T>, file: string): Parsed<T>[] {
  const out: Parsed<T>[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
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
