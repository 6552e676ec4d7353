import { z } from 'zod';
import { EventTypeName } from '../domain/index.js';
import { loadDataFile } from './gazetteer.js';
import { TriggerIndex } from './trigger-index.js';

const regexSource = z
  .string()
  .min(1)
  .refine(
    (s) => {
      try {
        new RegExp(s, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  );

const ROLE_NAMES = [
  'subject',
  'subject-any',
  'object',
  'object-state',
  'host',
  'host-or-subject',
  'host-or-requester',
  'host-or-earlier',
  'forum',
  'requester',
  'nearest',
  'attacker',
  'attacked',
  'list',
  'list-second',
  'member',
  'partner',
  'org-or-subject',
  'subject-member',
  'object-or-subject',
  'origin-host',
  'object-state-or-requester',
  'of-noun',
  'list-after',
  'addressee',
  'deployer',
] as const;
/** Where a rule finds an actor or target: a named strategy or a fixed actor code. */
export const RoleSpec = z.union([z.enum(ROLE_NAMES), z.string().regex(/^[A-Z]{2,4}$/, 'a role name or an actor code')]);
export type RoleSpec = z.infer<typeof RoleSpec>;

/** One pattern of src/data/csto/lang/en/patterns.json. */
export const PatternRule = z.object({
  id: z.string().min(1),
  type: EventTypeName,
  trigger: regexSource,
  context: regexSource.optional(),
  /** Where `context` must match: the sentence (default), 80 characters from the trigger, or the article. */
  contextScope: z.enum(['sentence', 'near', 'article']).default('sentence'),
  unless: regexSource.optional(),
  /** required: only when negated ("would not send troops"); forbidden: never when negated. */
  negation: z.enum(['required', 'forbidden', 'ignored']).default('forbidden'),
  /** forbidden: a planned or hypothetical act ("was to be held") does not count. */
  modality: z.enum(['forbidden', 'allowed']).default('allowed'),
  /** lead (default): negation and modality just before the trigger count too; match: only inside it
   * (a noun-first trigger, "the exercise that opened", where a "did not send troops to" before it is another act). */
  negationScope: z.enum(['lead', 'match']).default('lead'),
  /** true: the act came before the one the sentence dates ("turned down Armenia's request on Friday"),
   * so that date only bounds it and the act keeps just its year. */
  precedes: z.boolean().default(false),
  /** true: the act is dated by its meeting or drill, so a day still ahead of the article is kept ("will skip the summit on 23 November"). */
  scheduleDay: z.boolean().default(false),
  /** The coarsest unit the act's date may have: "the exercise ended on Friday" ran for days before, so a month. */
  dateUnit: z.enum(['month', 'year']).optional(),
  actor: RoleSpec,
  target: RoleSpec,
  defaultActor: z.string().optional(),
  defaultTarget: z.string().optional(),
  confidence: z.number().min(0).max(1),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type PatternRule = z.infer<typeof PatternRule>;

/** The patterns file: shared negation and modality cues, and the rules. */
export const PatternFile = z.object({
  negation: regexSource,
  modality: regexSource,
  /** Superseded by the trigger index built from the rules themselves; accepted (and ignored) so older files load. */
  prefilter: regexSource.optional(),
  rules: z.array(PatternRule).min(1),
});
export type PatternFile = z.infer<typeof PatternFile>;

/** A rule with its regular expressions compiled once. */
export interface CompiledRule extends PatternRule {
  readonly triggerRe: RegExp;
  readonly contextRe: RegExp | undefined;
  readonly unlessRe: RegExp | undefined;
}

/** Compiled patterns plus the index of the words their triggers start with, tried before anything else. */
export interface Patterns {
  readonly rules: readonly CompiledRule[];
  readonly index: TriggerIndex<CompiledRule>;
  readonly negation: RegExp;
  readonly modality: RegExp;
}

/** Compiles a validated patterns file. */
export function compilePatterns(file: PatternFile): Patterns {
  const rules = file.rules.map((r) => ({
    ...r,
    triggerRe: new RegExp(r.trigger, 'gi'),
    contextRe: r.context ? new RegExp(r.context, 'i') : undefined,
    unlessRe: r.unless ? new RegExp(r.unless, 'i') : undefined,
  }));
  const index = new TriggerIndex(rules, (r) => r.trigger);
  return { rules, index, negation: new RegExp(file.negation, 'i'), modality: new RegExp(file.modality, 'i') };
}

/** Loads and compiles a language folder's patterns.json. */
export function loadPatterns(dir: string): Patterns {
  return compilePatterns(loadDataFile('patterns.json', PatternFile, dir));
}
