import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readArticles } from './read-articles.js';

const collect = async (input: string | Buffer) => {
  const out = [];
  for await (const item of readArticles(['-'], Readable.from([Buffer.from(input)])))
    out.push(item.ok ? `ok ${item.article.id}` : `${item.line}: ${item.reason}`);
  return out;
};

describe('readArticles()', () => {
  it('reports each bad JSON line by line number and still reads the rest', async () => {
    const lines = [
      '{"id":"a","date":"2022-02-30","text":"x"}',
      'not json',
      '{"id":"b","date":"2022-01-01","text":"  "}',
      '{"id":"c","date":"2022-01-01","text":"fine","extra":1}',
      '{"id":"d","text":"x"}',
    ];
    expect(await collect(lines.join('\n'))).toEqual([
      '1: impossible date "2022-02-30"',
      expect.stringMatching(/^2: malformed JSON/),
      '3: empty article',
      'ok c',
      '4: missing date'.replace('4', '5'),
    ]);
  });
  it('rejects non-UTF-8 bytes and binary data', async () => {
    const bad = Buffer.concat([
      Buffer.from('{"id":"a","date":"2022-01-01","text":"'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('"}\n{"id":"b","date":"2022-01-01","text":"a\\u0000b"}\n'),
    ]);
    expect(await collect(bad)).toEqual(['1: not valid UTF-8 text', '2: binary data (NUL bytes)']);
  });
  it('reads the plain form from stdin', async () => {
    expect(await collect('date 2022-10-21 Armenia skipped the summit.')).toEqual(['ok stdin']);
  });
});
