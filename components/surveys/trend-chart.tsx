type Week = { week: string; csat: number | null; ces: number | null; answered: number };

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { left: 44, right: 40, top: 16, bottom: 36 };

/**
 * CSAT (0–100 %, left scale) and CES (1–7, right scale) per week, drawn as SVG on the server: no
 * chart script reaches the browser. The same numbers are in the table that follows it.
 */
export function TrendChart({ weeks, label, weekLabel, csatLabel, cesLabel }: { weeks: Week[]; label: string; weekLabel: (week: string) => string; csatLabel: string; cesLabel: string }) {
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (weeks.length <= 1 ? innerWidth / 2 : (i * innerWidth) / (weeks.length - 1));
  const yCsat = (value: number) => PAD.top + innerHeight - (value / 100) * innerHeight;
  const yCes = (value: number) => PAD.top + innerHeight - ((value - 1) / 6) * innerHeight;
  const path = (values: (number | null)[], y: (v: number) => number) =>
    values
      .map((value, i) => (value === null ? null : `${x(i).toFixed(1)},${y(value).toFixed(1)}`))
      .filter(Boolean)
      .join(" ");
  const step = Math.max(1, Math.ceil(weeks.length / 7));
  return (
    <figure className="overflow-x-auto">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-auto w-full min-w-[480px]">
        {[0, 25, 50, 75, 100].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yCsat(tick)} y2={yCsat(tick)} stroke="#e4e4e7" />
            <text x={PAD.left - 6} y={yCsat(tick) + 4} textAnchor="end" fontSize="11" fill="#52525b">
              {tick}%
            </text>
          </g>
        ))}
        {[1, 4, 7].map((tick) => (
          <text key={tick} x={WIDTH - PAD.right + 6} y={yCes(tick) + 4} fontSize="11" fill="#52525b">
            {tick}
          </text>
        ))}
        {weeks.map((week, i) =>
          i % step === 0 ? (
            <text key={week.week} x={x(i)} y={HEIGHT - 12} textAnchor="middle" fontSize="11" fill="#52525b">
              {weekLabel(week.week)}
            </text>
          ) : null,
        )}
        <polyline points={path(weeks.map((w) => w.csat), yCsat)} fill="none" stroke="#1d4ed8" strokeWidth="2.5" />
        <polyline points={path(weeks.map((w) => w.ces), yCes)} fill="none" stroke="#c2410c" strokeWidth="2" strokeDasharray="6 4" />
        {weeks.map((week, i) => (week.csat === null ? null : <circle key={week.week} cx={x(i)} cy={yCsat(week.csat)} r="3" fill="#1d4ed8" />))}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-4 text-xs text-zinc-700">
        <span className="inline-flex items-center gap-2">
          <span aria-hidden className="inline-block h-0.5 w-6 bg-brand-600" /> {csatLabel}
        </span>
        <span className="inline-flex items-center gap-2">
          <span aria-hidden className="inline-block h-0 w-6 border-t-2 border-dashed border-orange-700" /> {cesLabel}
        </span>
      </figcaption>
    </figure>
  );
}
