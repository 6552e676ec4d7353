/** Probabilities as labelled bars: readable without colour, and as text for screen readers; with intervals, each bar shows its range. */
export function ProbBars({
  probs,
  label,
  intervals,
  level = 0.8,
}: {
  probs: Readonly<Record<string, number>>;
  label: string;
  intervals?: Readonly<Record<string, readonly [number, number]>> | undefined;
  level?: number;
}) {
  const entries = Object.entries(probs);
  const pct = (p: number): string => `${(p * 100).toFixed(1)}%`;
  return (
    <table class="probs" aria-label={label}>
      <tbody>
        {entries.map(([k, p]) => (
          <tr key={k}>
            <th scope="row">{k.replace(/_/g, ' ')}</th>
            <td class="bar-cell">
              <span class="bar" style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%` }} />
              {intervals?.[k] && (
                <span
                  class="interval"
                  aria-hidden="true"
                  style={{ left: `${intervals[k][0] * 100}%`, width: `${Math.max(0.5, (intervals[k][1] - intervals[k][0]) * 100)}%` }}
                />
              )}
            </td>
            <td class="num">{pct(p)}</td>
            {intervals && (
              <td class="num interval-text" data-testid={`interval-${k}`}>
                {intervals[k] ? `${pct(intervals[k][0])}–${pct(intervals[k][1])}` : ''}
                <span class="sr-only"> ({Math.round(level * 100)}% interval)</span>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
