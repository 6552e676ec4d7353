import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = join(root, 'dist', 'cli', 'main.js');

describe('bloc simulate interrupted by Ctrl-C', () => {
  it('stops cleanly and prints the partial result with the runs it covers', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'bloc-sigint-')), 'bloc.db');
    // Load the store first, so the signal lands during the runs and not while the pack loads.
    spawnSync(process.execPath, [bin, 'members', '--format', 'json'], { env: { ...process.env, BLOC_DB: db } });
    // Far more runs than can finish before the signal, so the result is partial.
    const child = spawn(
      process.execPath,
      [bin, 'simulate', '--as-of', '2022-01-01', '--horizon', '120', '--runs', '5000000', '--seed', '3', '--format', 'json'],
      {
        env: { ...process.env, BLOC_DB: db, TZ: 'UTC' },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    // Wait until the store is loaded and runs are under way, then interrupt.
    await new Promise((r) => setTimeout(r, 6000));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
    expect(code).toBe(130);
    expect(err).toMatch(/interrupted; the result covers \d+ of 5000000 runs/);
    const result = JSON.parse(out) as {
      complete: boolean;
      runs: number;
      runs_requested: number;
      members: { code: string; status_probabilities: Record<string, number> }[];
    };
    expect(result.complete).toBe(false);
    expect(result.runs).toBeGreaterThan(0);
    expect(result.runs).toBeLessThan(5_000_000);
    const arm = result.members.find((m) => m.code === 'ARM')!;
    const total = Object.values(arm.status_probabilities).reduce((a, b) => a + b, 0);
    // Probabilities are printed to four decimals, so their sum is 1 to within rounding.
    expect(total).toBeCloseTo(1, 3);
  });
});
