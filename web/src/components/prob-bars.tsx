/** Probabilities as labelled bars: readable without colour, and as text for screen readers. */
export function ProbBars({ probs, label }: { probs: Readonly<Record<string, number>>; label: string }) {
  const entries = Object.entries(probs);
  return (
    <table class="probs" aria-label={label}>
      <tbody>
        {entries.map(([k, p]) => (
          <tr key={k}>
            <th scope="row">{k.replace(/_/g, ' ')}</th>
            <td class="bar-cell">
              <span class="bar" style={{ width: `${Math.max(0, Math.min(1, p)) * 100}%` }} />
            </td>
            <td class="num">{(p * 100).toFixed(1)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
