import type { DomainScore } from '../../lib/exam/index.ts';

/** Score by domain as horizontal bars; the numbers are printed on the bars and repeated in a table beside. */
export default function DomainChart({ domains, labels, passPercent }: { domains: DomainScore[]; labels: Record<string, string>; passPercent: number }) {
  const row = 28;
  const height = domains.length * row + 30;
  return (
    <figure className="domain-chart">
      <svg viewBox={`0 0 640 ${height}`} role="img" aria-labelledby="domain-chart-title" width="100%">
        <title id="domain-chart-title">Score by domain, as a bar chart; the same numbers are in the table below</title>
        <line x1={260 + passPercent * 3.4} x2={260 + passPercent * 3.4} y1={0} y2={height - 20} stroke="currentColor" strokeDasharray="4 3" />
        <text x={260 + passPercent * 3.4} y={height - 6} fontSize="12" textAnchor="middle" fill="currentColor">{passPercent}% line</text>
        {domains.map((d, i) => (
          <g key={d.domain} transform={`translate(0 ${i * row + 4})`}>
            <text x={252} y={17} fontSize="13" textAnchor="end" fill="currentColor">{labels[d.domain] ?? d.domain}</text>
            <rect x={260} y={4} width={340} height={18} fill="none" stroke="currentColor" strokeOpacity="0.35" />
            <rect x={260} y={4} width={(d.percent / 100) * 340} height={18} className={d.percent >= passPercent ? 'bar-ok' : 'bar-weak'} />
            <text x={262 + Math.max((d.percent / 100) * 340, 0) + 4} y={17} fontSize="12" fill="currentColor">{d.correct}/{d.total} ({d.percent}%)</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
