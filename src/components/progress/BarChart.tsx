/** Horizontal bars in SVG with the numbers written on them; a table with the same numbers goes beside it. */
export default function BarChart({ title, bars, unit = '' }: { title: string; bars: { label: string; done: number; total: number }[]; unit?: string }) {
  const row = 26;
  const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <svg className="bar-chart" viewBox={`0 0 520 ${bars.length * row + 8}`} role="img" aria-labelledby={id}>
      <title id={id}>{title} (the numbers are in the table below)</title>
      {bars.map((b, i) => {
        const share = b.total ? b.done / b.total : 0;
        return (
          <g key={b.label} transform={`translate(0 ${i * row + 4})`}>
            <text x="200" y="15" fontSize="12" textAnchor="end" fill="currentColor">{b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label}</text>
            <rect x="208" y="3" width="220" height="16" fill="none" stroke="currentColor" strokeOpacity="0.35" />
            <rect x="208" y="3" width={220 * share} height="16" className="fill" />
            <text x="434" y="15" fontSize="12" fill="currentColor">{`${b.done}/${b.total}${unit} (${Math.round(share * 100)}%)`}</text>
          </g>
        );
      })}
    </svg>
  );
}

export function BarTable({ caption, bars, doneLabel }: { caption: string; bars: { label: string; done: number; total: number }[]; doneLabel: string }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead><tr><th scope="col">Area</th><th scope="col">{doneLabel}</th><th scope="col">Of</th><th scope="col">Percent</th></tr></thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.label}><th scope="row">{b.label}</th><td>{b.done}</td><td>{b.total}</td><td>{b.total ? Math.round((b.done / b.total) * 100) : 0}%</td></tr>
        ))}
      </tbody>
    </table>
  );
}
