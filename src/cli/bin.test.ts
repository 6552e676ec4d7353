import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin?: unknown };

describe('bloc after npm ci', () => {
  it('is linked as node_modules/.bin/bloc, so npx runs it without installing the project again', () => {
    expect(realpathSync(join(root, 'node_modules', '.bin', 'bloc'))).toBe(join(root, 'dist', 'cli', 'main.js'));
    // npm exec installs a project into its cache (and builds it again) when the project's own
    // package.json declares the bin asked for, even with the bin already linked.
    expect(pkg.bin).toBeUndefined();
    // An empty npm cache, offline, and --no-install: only the local link can answer.
    const cache = mkdtempSync(join(tmpdir(), 'bloc-npx-'));
    const r = spawnSync('npx', ['--no-install', 'bloc', '--version'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, npm_config_cache: cache, npm_config_offline: 'true', npm_config_update_notifier: 'false' },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(existsSync(join(cache, '_npx'))).toBe(false);
  });
});
