import { formatValue, type ChartData } from './indicator-data.ts';

// Hand-written SVG charts (no chart library: the dashboard needs two shapes). They scale with
// their container (viewBox) and stay readable on a 360 px phone; their figures are also in the
// table beside them, which is what assistive technologies read.

const colours = ['#000091', '#6a6af4', '#c9191e', '#18753c'];
// Drawing widths: close to a phone's, so that the text stays legible once scaled to 360 px.
const WIDTH = 420;

/** Vertical bars, one group per category (periods), one bar per series, value above each bar. */
export function ColumnChart({ data, unit = '' }: { data: ChartData; unit?: string }) {
  const height = 220;
  const top = 24;
  const bottom = 36;
  const max = Math.max(1, ...data.series.flatMap((s) => s.values.map((d) => d.value ?? 0)));
  const slot = WIDTH / Math.max(1, data.categories.length);
  const bar = Math.min(48, (slot * 0.8) / data.series.length);
  const scale = (v: number) => ((height - top - bottom) * v) / max;
  const every = Math.ceil(data.categories.length / 6);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="presentation" focusable="false">
      <line x1="0" x2={WIDTH} y1={height - bottom} y2={height - bottom} stroke="#929292" />
      {data.categories.map((category, i) => {
        const groupX = i * slot + (slot - bar * data.series.length) / 2;
        return (
          <g key={category}>
            {data.series.map((s, j) => {
              const datum = s.values[i];
              const value = datum?.value ?? 0;
              const x = groupX + j * bar;
              const h = scale(value);
              return (
                <g key={s.name}>
                  <rect
                    x={x}
                    y={height - bottom - h}
                    width={bar - 2}
                    height={h}
                    fill={colours[j]}
                  />
                  {/* Zeros stay unlabelled (the table has them); a hidden value shows a dash. */}
                  {(value > 0 || datum?.value === null) && (
                    <text
                      x={x + bar / 2}
                      y={height - bottom - h - 6}
                      fontSize="12"
                      textAnchor="middle"
                    >
                      {datum?.value === null ? '–' : formatValue(datum ?? { label: '', value }, '')}
                    </text>
                  )}
                </g>
              );
            })}
            {i % every === 0 && (
              <text
                x={i === 0 ? 0 : i * slot + slot / 2}
                y={height - bottom + 18}
                fontSize="13"
                textAnchor={i === 0 ? 'start' : 'middle'}
              >
                {category}
              </text>
            )}
          </g>
        );
      })}
      {unit !== '' && (
        <text x="0" y="14" fontSize="12">
          {unit}
        </text>
      )}
    </svg>
  );
}

/** Horizontal bars, the label above each bar so that long names fit a phone. */
export function BarList({ data, unit = '' }: { data: ChartData; unit?: string }) {
  const rowHeight = 26 + 18 * data.series.length;
  const height = rowHeight * data.categories.length + 8;
  const max = Math.max(1, ...data.series.flatMap((s) => s.values.map((d) => d.value ?? 0)));
  const room = WIDTH - 90;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="znr-bar-list"
      role="presentation"
      focusable="false"
    >
      {data.categories.map((category, i) => (
        <g key={category} transform={`translate(0 ${i * rowHeight})`}>
          <text x="0" y="18" fontSize="15" fontWeight="700">
            {category}
          </text>
          {data.series.map((s, j) => {
            const datum = s.values[i] ?? { label: category, value: null };
            const w = ((datum.value ?? 0) * room) / max;
            return (
              <g key={s.name} transform={`translate(0 ${26 + j * 18})`}>
                <rect x="0" y="0" width={Math.max(w, 1)} height="14" fill={colours[j]} />
                <text x={w + 8} y="12" fontSize="13">
                  {formatValue(datum, unit)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** The colour key of a chart with several series. */
export function Legend({ data }: { data: ChartData }) {
  if (data.series.length < 2) return null;
  return (
    <p className="znr-legend">
      {data.series.map((s, j) => (
        <span key={s.name}>
          <svg width="14" height="14" aria-hidden="true" focusable="false">
            <rect width="14" height="14" fill={colours[j]} />
          </svg>{' '}
          {s.name}
        </span>
      ))}
    </p>
  );
}
