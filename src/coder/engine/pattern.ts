import { z } from 'zod';
import { EventTypeName } from '../../domain/index.js';

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

interface TokenSpecShape {
  lower?: string | string[] | undefined;
  lemma?: string | string[] | undefined;
  class?: string | string[] | undefined;
  pos?: string | string[] | undefined;
  feats?: Record<string, string | string[]> | undefined;
  actor?: 'any' | 'state' | 'org' | 'agent' | undefined;
  code?: string | string[] | undefined;
  kind?: string | string[] | undefined;
  modifier?: boolean | 'any' | undefined;
  possessive?: boolean | undefined;
  notAfter?: string | undefined;
  not?: TokenSpecShape | undefined;
  or?: TokenSpecShape[] | undefined;
  op?: '?' | '*' | '+' | undefined;
  gap?: [number, number] | undefined;
  slot?: string | undefined;
  trigger?: boolean | undefined;
}

/**
 * One position of a pattern (see docs/coder.md, "Lexicon and pattern format"). Every test given must
 * hold; `or` holds when any alternative does; `not` when its spec does not. `gap: [min, max]` skips
 * that many tokens inside one clause, none of them an actor. `actor`: any actor token; state or org;
 * agent (one that can act: a name, an organisation, a person or an actor phrase, not a bare demonym
 * or place); `kind` tests the actor token's kind (state, org, person, demonym, capital, institution,
 * bloc, place, or a phrase rule's kind). `slot` binds the actor token for a role;
 * `trigger` marks the words that are the act (dates and negation are measured from them).
 */
export const TokenSpec: z.ZodType<TokenSpecShape> = z.lazy(() =>
  z
    .object({
      lower: oneOrMany.optional(),
      lemma: oneOrMany.optional(),
      class: oneOrMany.optional(),
      pos: oneOrMany.optional(),
      feats: z.record(z.string(), oneOrMany).optional(),
      actor: z.enum(['any', 'state', 'org', 'agent']).optional(),
      code: oneOrMany.optional(),
      kind: oneOrMany.optional(),
      modifier: z.union([z.boolean(), z.literal('any')]).optional(),
      possessive: z.boolean().optional(),
      /** A word class the token before must not belong to ("in Moscow" is a place, not an actor). */
      notAfter: z.string().optional(),
      not: TokenSpec.optional(),
      or: z.array(TokenSpec).min(2).optional(),
      op: z.enum(['?', '*', '+']).optional(),
      gap: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
      slot: z
        .string()
        .regex(/^[a-z][a-z0-9_]*$/)
        .optional(),
      trigger: z.boolean().optional(),
    })
    .strict(),
);
export type TokenSpec = TokenSpecShape;

/** Where a role comes from: a slot of the pattern, or a named strategy of the role resolver, or a fixed actor code. */
export const RoleRef = z.union([z.object({ slot: z.string() }).strict(), z.string().min(2)]);
export type RoleRef = z.infer<typeof RoleRef>;

/** Words that must (or must not) occur around a match, by word class. */
const Context = z
  .object({
    class: oneOrMany,
    /** sentence (default), clause (the trigger's), or article (its whole text, by the class's surface forms). */
    scope: z.enum(['sentence', 'clause', 'article']).default('sentence'),
  })
  .strict();

/** An event rule: a pattern over tokens, the event type it codes and where its roles come from. */
export const TokenRule = z
  .object({
    id: z.string().min(1),
    type: EventTypeName,
    pattern: z.array(TokenSpec).min(1),
    actor: RoleRef,
    target: RoleRef,
    defaultActor: z.string().optional(),
    defaultTarget: z.string().optional(),
    /** Each must be found (by class) in its scope. */
    context: z.array(Context).default([]),
    /** None may be found in its scope. */
    unless: z.array(Context).default([]),
    /** required: only when negated; forbidden: never when negated; ignored. */
    negation: z.enum(['required', 'forbidden', 'ignored']).default('forbidden'),
    /** forbidden: a planned, conditional or reported-as-possible act does not count. */
    modality: z.enum(['forbidden', 'allowed']).default('allowed'),
    /** clause: negation and modality words of the trigger's clause before it count; match: only inside the match. */
    scope: z.enum(['clause', 'match']).default('clause'),
    precedes: z.boolean().default(false),
    /** The act is dated by its meeting or drill: a day still ahead of the article is kept (as for the regex rules). */
    scheduleDay: z.boolean().default(false),
    dateUnit: z.enum(['month', 'year']).optional(),
    confidence: z.number().min(0).max(1),
    details: z.record(z.string(), z.unknown()).optional(),
    why: z.string().optional(),
  })
  .strict();
export type TokenRule = z.infer<typeof TokenRule>;

/** A phrase rule: the matched tokens become one actor token naming its slots' actors ("forces from Tajikistan"). */
export const PhraseRule = z
  .object({
    id: z.string().min(1),
    pattern: z.array(TokenSpec).min(1),
    /** The phrase only names its actors, it does not act ("the Tajik striker"). */
    modifier: z.boolean().default(false),
    /** The merged token's kind; by default "demonym" when every part is one ("Kyrgyz and Tajik"), else "names". */
    kind: z.string().optional(),
    why: z.string().optional(),
  })
  .strict();
export type PhraseRule = z.infer<typeof PhraseRule>;

/** A language's rules.json: actor phrases first, then event rules. */
export const RulesFile = z
  .object({
    $comment: z.string().optional(),
    phrases: z.array(PhraseRule).default([]),
    rules: z.array(TokenRule).min(1),
  })
  .strict();
export type RulesFile = z.infer<typeof RulesFile>;
