import { z } from 'zod';
import { ActorCode } from './actors.js';
import { EventDate, IsoDay } from './dates.js';
import { EVENT_TYPES, EVENT_TYPE_NAMES, type EventType } from './event-types.js';
import { EventOrigin, ProvenanceEntry } from './origin.js';
import { SourceUrl } from './web-address.js';

export const Location = z.object({
  name: z.string().min(1),
  admin1: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export type Location = z.infer<typeof Location>;

/**
 * Where a stored event comes from: a web address, or `article:<id>` for an ingested article
 * that had no URL. The data pack itself always uses web addresses.
 */
export const SourceRef = z.union([SourceUrl, z.string().regex(/^article:\S+$/, 'expected an http(s) URL or article:<id>')]);

/** Fields every record may carry, whatever produced it (spec: "Event record"). */
const commonShape = {
  actor: ActorCode,
  target: ActorCode.nullable(),
  evidence: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
  location: Location.optional(),
  reported: IsoDay.optional(),
  claimed_by: ActorCode.optional(),
};

type Shape = Record<string, z.ZodType>;

// The variant of one type: its literal `type` and its own details, so code that narrows on `type` reads them typed.
type Variant<S extends Shape, T extends EventType> = z.ZodObject<
  S & { type: z.ZodLiteral<T>; details: z.ZodOptional<(typeof EVENT_TYPES)[T]['details']> },
  z.core.$strip
>;
type AnyVariant<S extends Shape> = { [T in EventType]: Variant<S, T> }[EventType];

// One object schema per type, all sharing `shape`, joined into a union keyed on `type`.
function unionOver<S extends Shape>(shape: S) {
  const variants = EVENT_TYPE_NAMES.map((type) =>
    z.object({ ...shape, type: z.literal(type), details: EVENT_TYPES[type].details.optional() }),
  );
  // `map` loses which variant belongs to which type; the mapped type above restores it.
  return z.discriminatedUnion('type', variants as unknown as [AnyVariant<S>, ...AnyVariant<S>[]]);
}

/** What the news coder emits: one record per real-world event per article. */
export const CodedEvent = unionOver({
  ...commonShape,
  article_id: z.string().min(1),
  date: EventDate.nullable(),
  evidence: z.string(),
  confidence: z.number().min(0).max(1),
  /** The language the coder read the evidence in (ISO 639-1, "en", "ru"). */
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'expected an ISO 639-1 code such as en or ru')
    .optional(),
});
export type CodedEvent = z.infer<typeof CodedEvent>;

/** An event as `bloc import` accepts it: sourced and summarised, id optional. */
export const ImportEvent = unionOver({
  ...commonShape,
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._:-]*$/i, 'ids are letters, digits and . _ : -')
    .optional(),
  date: EventDate,
  // An export cites ingested articles as `article:<id>`: a restore must take them back.
  source: SourceRef,
  sources: z.array(SourceRef).optional(),
  summary: z.string().min(1),
  article_id: z.string().optional(),
  origin: EventOrigin.optional(),
  provenance: z.array(ProvenanceEntry).optional(),
});
export type ImportEvent = z.infer<typeof ImportEvent>;

/** An event of the chronicle: stable id, date, at least one source and a summary in bloc's words. */
export const ChronicleEvent = unionOver({
  ...commonShape,
  id: z.string().min(1),
  date: EventDate,
  source: SourceRef,
  sources: z.array(SourceRef).optional(),
  summary: z.string().min(1),
  article_id: z.string().optional(),
  origin: EventOrigin.optional(),
});
export type ChronicleEvent = z.infer<typeof ChronicleEvent>;

// One variant of the event union, cut to the fields that rules about events read.
type Facts<E> = E extends ChronicleEvent
  ? Readonly<Pick<E, 'type' | 'actor' | 'target' | 'details'>> & {
      readonly id?: string | undefined;
      readonly date: string | null;
      readonly reported?: string | undefined;
    }
  : never;

/**
 * An event as the indicators and the rules of reported facts read it: still a union on `type`, each
 * with its own details, so a switch over the types must name every one. A chronicle or coded event
 * fits, and so does a synthetic record without sources (a coded event's date may be unknown).
 */
export type EventFacts = Facts<ChronicleEvent>;

/** The details of one event type, typed. */
export type DetailsOf<T extends EventType> = z.infer<(typeof EVENT_TYPES)[T]['details']>;
