import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), 'utf8');

// The part of CFF 1.2.0 (citation-file-format.github.io/1.2.0) that bloc's file uses, strict so that a
// misspelt key fails here instead of being dropped by the readers of citations.
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Entity = z.strictObject({ name: z.string().min(1) });
const Person = z.strictObject({ 'family-names': z.string().min(1), 'given-names': z.string().min(1).optional() });
const Author = z.union([Entity, Person]);
const Reference = z.strictObject({
  type: z.enum(['data', 'database', 'software']),
  title: z.string().min(1),
  authors: z.array(Author).min(1),
  version: z.string().min(1),
  'date-released': Day,
  abstract: z.string().min(1),
});
const Citation = z.strictObject({
  'cff-version': z.literal('1.2.0'),
  message: z.string().min(1),
  title: z.string().min(1),
  type: z.enum(['software', 'dataset']),
  authors: z.array(Author).min(1),
  version: z.string().min(1),
  license: z.string().min(1),
  abstract: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
  references: z.array(Reference).min(1),
});

const cff = Citation.parse(parse(read('CITATION.cff')));

describe('CITATION.cff', () => {
  it('is a CFF 1.2.0 file citing the current software version', () => {
    expect(cff.version).toBe((JSON.parse(read('package.json')) as { version: string }).version);
    expect(cff.license).toBe((JSON.parse(read('package.json')) as { license: string }).license);
  });

  it("names the data pack's current release, with the date of its changelog heading", () => {
    const pack = JSON.parse(read('src/data/csto/pack.json')) as { version: string };
    const data = cff.references.find((r) => r.type === 'data')!;
    expect(data.version).toBe(pack.version);
    const heading = new RegExp(`^## Release ${pack.version.replace(/\./g, '\\.')} — (\\d{4}-\\d{2}-\\d{2})$`, 'm').exec(
      read('src/data/csto/CHANGELOG.md'),
    );
    expect(data['date-released']).toBe(heading?.[1]);
  });
});
