import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR, loadPack, packFingerprint } from '../src/data/index.js';
import { assessRequest, fitCases, leaveOneOut, loadParams, noRefit, refit, scoresOf } from '../src/model/index.js';
import { COVARIATES, exitModelAsOf, historyOf, loadSimParams } from '../src/sim/index.js';
import { readBlock } from '../scripts/figures/blocks.js';
import { ASSESSED, indicatorFigures, type Figures } from '../scripts/figures/compute.js';
import { BLOCKS } from '../scripts/figures/render.js';

// The docs' tables are rendered from docs/figures.json, which `npm run docs:figures` writes from the tools. This test
// checks the tables against that file, the file against the data pack it was computed on, and recomputes the parts
// that are quick (the indicators, the refit and no-refit backtests, the assessed requests, the exit hazard); the slow
// ones (perturbations, the walk-forward) are pinned by the pack's fingerprint and the seeded, deterministic tools.

const root = fileURLToPath(new URL('../', import.meta.url));
const path = `${root}docs/figures.json`;
const REGENERATE = 'the docs disagree with the tools: run `npm run docs:figures`';

describe('the figures in docs/', () => {
  const figures = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Figures) : undefined;

  it('were computed on the data pack as it is now', () => {
    expect(figures, REGENERATE).toBeDefined();
    expect(figures!.pack_fingerprint, REGENERATE).toBe(packFingerprint(DEFAULT_PACK_DIR));
  });

  it('every generated table in docs/ is the rendering of docs/figures.json', () => {
    for (const [file, blocks] of Object.entries(BLOCKS)) {
      const doc = readFileSync(`${root}${file}`, 'utf8');
      for (const [name, render] of Object.entries(blocks))
        expect(readBlock(doc, name), `${file} ${name}: ${REGENERATE}`).toBe(render(figures!));
    }
  });

  it('the indicator figures match bloc indicators', () => {
    expect(indicatorFigures(loadPack()), REGENERATE).toEqual(figures!.indicators);
  });

  it('the refit and no-refit backtests and the assessed requests match bloc backtest and bloc assess', () => {
    const pack = loadPack();
    const params = loadParams(pack.alliance);
    const cases = fitCases(pack);
    expect(figures!.model.params_version).toBe(params.version);
    expect(scoresOf(leaveOneOut(cases, params, refit)), REGENERATE).toEqual(figures!.model.variants.refit);
    expect(scoresOf(leaveOneOut(cases, params, noRefit)), REGENERATE).toEqual(figures!.model.variants.no_refit);
    const span = { first: '1992-05-15', last: pack.manifest.curated_to };
    for (const [i, request] of ASSESSED.entries()) {
      const a = assessRequest(request, { data: pack, base: params, span });
      expect({ distribution: a.distribution, intervals: a.intervals }, REGENERATE).toEqual({
        distribution: figures!.model.assessed[i]!.distribution,
        intervals: figures!.model.assessed[i]!.intervals,
      });
    }
  });

  it('the exit hazard matches the simulator fitted on the pack', () => {
    const pack = loadPack();
    const history = historyOf(pack, pack.manifest.curated_to);
    const h = exitModelAsOf(history, history.curatedTo, loadSimParams(pack.alliance)).hazard;
    const effects = Object.fromEntries(COVARIATES.map((c, k) => [c, Math.round(h.effects[k]! * 1000) / 1000]));
    expect({ rows: h.rows, events: h.events, effects }, REGENERATE).toEqual({
      rows: figures!.simulator.exit_hazard.rows,
      events: figures!.simulator.exit_hazard.events,
      effects: figures!.simulator.exit_hazard.effects,
    });
  });
});
