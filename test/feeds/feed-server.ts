import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A request the server saw, for tests to check what the watcher sent. */
export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

/** The local feed server: its base URL, the requests it saw, and a way to stop it. */
export interface FeedServer {
  readonly base: string;
  readonly requests: SeenRequest[];
  url(path: string): string;
  close(): Promise<void>;
}

// windows-1251 for the characters the fixture uses (ASCII and the Russian alphabet).
function toCp1251(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else throw new Error(`no windows-1251 byte for U+${c.toString(16)}`);
  }
  return Buffer.from(out);
}

/**
 * Serves the recorded feeds and pages on 127.0.0.1 (a free port) with the behaviours the watcher
 * must cope with: validators and 304, a redirect, gzip, windows-1251, a feed that never answers, a huge body,
 * a malformed feed, 404 and 500. Nothing leaves the machine.
 */
export async function startFeedServer(opts: { hugeBytes?: number } = {}): Promise<FeedServer> {
  const requests: SeenRequest[] = [];
  let base = '';
  const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8').replaceAll('http://HOST', base);
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, headers: req.headers });
    const xml = 'application/rss+xml; charset=utf-8';
    switch (path) {
      case '/good.rss': {
        const etag = '"good-v1"';
        if (req.headers['if-none-match'] === etag) return void send(res, 304, xml, '', { etag });
        return void send(res, 200, xml, fixture('good.rss'), { etag, 'last-modified': 'Thu, 03 Apr 2031 08:00:00 GMT' });
      }
      case '/atom.xml': {
        const lm = 'Sun, 04 May 2031 10:00:00 GMT';
        if (req.headers['if-modified-since'] === lm) return void send(res, 304, 'application/atom+xml', '');
        return void send(res, 200, 'application/atom+xml', fixture('atom.xml'), { 'last-modified': lm });
      }
      case '/feed.json':
        return void send(res, 200, 'application/feed+json', fixture('feed.json'));
      case '/old-feed':
        return void send(res, 301, 'text/plain', 'moved', { location: '/moved.rss' });
      case '/moved.rss':
        return void send(res, 200, xml, fixture('moved.rss'));
      case '/gzip.rss':
        return void send(res, 200, xml, gzipSync(fixture('gzip.rss')), { 'content-encoding': 'gzip' });
      case '/cp1251.rss':
        // No charset in the header: the XML declaration says windows-1251, as many Russian sites do.
        return void send(res, 200, 'text/xml', toCp1251(fixture('cp1251.rss')));
      case '/malformed.xml':
        return void send(res, 200, xml, fixture('malformed.xml'));
      case '/broken.rss':
        return void send(res, 500, 'text/plain', 'internal error');
      case '/slow.rss':
        // Never answers: the watcher's timeout must end the wait (the server's close ends the socket).
        return;
      case '/huge.rss': {
        // A body far over the limit, streamed: the watcher must stop reading, not hold it all.
        res.writeHead(200, { 'content-type': xml });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        let left = opts.hugeBytes ?? 8 * 1024 * 1024;
        const pump = (): void => {
          while (left > 0) {
            left -= chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (left = 0));
        return pump();
      }
      default:
        if (path.startsWith('/pages/') && /^[a-z-]+\.html$/.test(path.slice(7)))
          try {
            return void send(res, 200, 'text/html; charset=utf-8', fixture(`pages/${path.slice(7)}`));
          } catch {
            // falls through to 404
          }
        return void send(res, 404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    url: (p) => `${base}${p}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
