import { IsoDay, isActorCode } from '../domain/index.js';
import { CliError } from './errors.js';

/** Checks a YYYY-MM-DD option value and says which option was wrong. */
export function parseDay(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDay.safeParse(value).success)
    throw new CliError(`${option}: ${JSON.stringify(value)} is not a date (expected YYYY-MM-DD, a real day)`);
  return value;
}

/** Checks an actor code option (ISO3 or organisation), upper-casing it. */
export function parseActor(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const code = value.toUpperCase();
  if (!isActorCode(code))
    throw new CliError(`${option}: ${JSON.stringify(value)} is not an actor code (ISO 3166-1 alpha-3, or an organisation of the pack)`);
  return code;
}

/**
 * A whole-number option (commander argParser): refuses "abc", "-1", "2.5" and "1e3" with a
 * line naming the option, instead of letting them through as NaN or a negative count.
 */
export function countOption(option: string, min = 0): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < min)
      throw new CliError(`${option}: ${JSON.stringify(value)} is not a whole number${min > 0 ? ` of at least ${min}` : ' (0 or more)'}`);
    return Number(value);
  };
}
