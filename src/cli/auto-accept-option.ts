import { Option } from 'commander';
import { isTypeOrFamily } from '../domain/index.js';
import { CliError } from './errors.js';

/** Parses one `TYPE=CONFIDENCE` (a type, a family or `*`) and adds it to the thresholds so far. */
export function parseAutoAccept(value: string, previous: Record<string, number> | undefined): Record<string, number> {
  const m = /^([a-z_.*]+)=([0-9.]+)$/.exec(value.trim());
  const key = m?.[1];
  const threshold = Number(m?.[2]);
  if (!m || key === undefined || (key !== '*' && !isTypeOrFamily(key)))
    throw new CliError(
      `--auto-accept: ${JSON.stringify(value)} is not TYPE=CONFIDENCE (a type such as exercise.held, a family such as exercise, or *)`,
    );
  if (!(threshold > 0 && threshold <= 1))
    throw new CliError(`--auto-accept: ${JSON.stringify(value)}: the confidence must be above 0 and at most 1`);
  return { ...previous, [key]: threshold };
}

/** --auto-accept, off unless given: events at or above a confidence go in without review (origin auto). */
export function autoAcceptOption(): Option {
  return new Option(
    '--auto-accept <type=confidence>',
    'accept dated events of this type (or family, or *) at or above this confidence without review, marked auto; repeatable; off by default',
  ).argParser(parseAutoAccept);
}
