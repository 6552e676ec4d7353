import { IsoDay, isActorCode, today } from '../domain/index.js';
import { CliError } from './errors.js';

/** Checks a YYYY-MM-DD option value and says which option was wrong. */
export function parseDay(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDay.safeParse(value).success)
    throw new CliError(`${option}: ${JSON.stringify(value)} is not a date (expected YYYY-MM-DD, a real day)`);
  return value;
}

/** A day option that must lie between the CSTO's founding year and today. */
export function parseDayInRange(value: string | undefined, option: string, now: () => Date = () => new Date()): string | undefined {
  const day = parseDay(value, option);
  if (day === undefined) return undefined;
  if (day < '1992-01-01') throw new CliError(`${option}: ${day} is before 1992, when the Collective Security Treaty was signed`);
  if (day > today(now)) throw new CliError(`${option}: ${day} is in the future (today is ${today(now)})`);
  return day;
}

/** Checks an actor code option (ISO3 or organisation), upper-casing it. */
export function parseActor(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const code = value.toUpperCase();
  if (!isActorCode(code))
    throw new CliError(
      `${option}: ${JSON.stringify(value)} is not a known actor code (ISO 3166-1 alpha-3, or CSTO, CIS, EAEU, SCO, NATO, EU, UN, OSCE)`,
    );
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
