import * as Plot from '@observablehq/plot';
import type { ReliabilityBin } from '../types.js';
import { PlotFigure } from './plot-figure.js';

/** The backtest's reliability diagram: held-out forecasts binned, against how often the outcome happened; the table gives the figures. */
export function ReliabilityDiagram({ bins }: { bins: readonly ReliabilityBin[] }) {
  const rows = bins.filter((b) => b.forecasts > 0);
  return (
    <>
      <PlotFigure
        testId="reliability-chart"
        label="Reliability of the held-out probabilities: mean forecast against observed frequency per bin"
        deps={[bins]}
        build={(width) =>
          Plot.plot({
            width: Math.min(width, 320),
            height: 260,
            x: { domain: [0, 1], label: 'Forecast probability', tickFormat: '%' },
            y: { domain: [0, 1], label: 'Observed frequency', tickFormat: '%', grid: true },
            r: { range: [3, 12] },
            marks: [
              Plot.line(
                [
                  [0, 0],
                  [1, 1],
                ],
                { stroke: '#999', strokeDasharray: '4 3' },
              ),
              Plot.dot(rows, { x: 'mean_forecast', y: 'observed', r: 'forecasts', fill: '#4575b4', tip: true }),
            ],
          })
        }
      />
      <table class="compact" data-testid="reliability-table">
        <caption>Held-out forecasts per bin (leave-one-out backtest)</caption>
        <thead>
          <tr>
            <th scope="col">Forecast</th>
            <th scope="col" class="num">
              n
            </th>
            <th scope="col" class="num">
              mean forecast
            </th>
            <th scope="col" class="num">
              observed
            </th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b) => (
            <tr key={b.lo}>
              <th scope="row">
                {(b.lo * 100).toFixed(0)}–{(b.hi * 100).toFixed(0)}%
              </th>
              <td class="num">{b.forecasts}</td>
              <td class="num">{b.mean_forecast === null ? '–' : `${(b.mean_forecast * 100).toFixed(1)}%`}</td>
              <td class="num">{b.observed === null ? '–' : `${(b.observed * 100).toFixed(1)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
