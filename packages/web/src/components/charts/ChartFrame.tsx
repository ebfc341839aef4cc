import type { RefObject } from 'react';

export interface ChartSeries {
  label: string;
  values: Array<number | null>;
  /** Drawn dashed: a comparison line. */
  dashed?: boolean;
  /** Palette position, when it is not the series' own (a comparison takes its line's colour). */
  colour?: number;
}

export interface ChartProps {
  /** Title of the chart; also the caption of its data table. */
  title: string;
  labels: string[];
  series: ChartSeries[];
  /** Formats a value for the text alternative and the tooltips. */
  format: (value: number) => string;
  /** Height of the drawing area in pixels: fixed, so live data never moves the page. */
  height?: number;
  /** Light text and lines for a dark background (wall mode). */
  onDark?: boolean;
}

/**
 * A chart's canvas in a fixed-height box, with its data as a visually hidden table: a screen
 * reader reads the figures, not a picture of them.
 */
export function ChartFrame({
  title,
  labels,
  series,
  format,
  height,
  canvasRef,
  missing,
}: ChartProps & { canvasRef: RefObject<HTMLCanvasElement | null>; missing: string }) {
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <div className="chart__canvas" style={{ height: height ?? 240 }}>
        <canvas ref={canvasRef} aria-hidden="true" />
      </div>
      {/* Hidden in a box, not as the table itself: a table is never narrower than its content. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <td />
              {series.map((line) => (
                <th key={line.label} scope="col">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((line) => {
                  const value = line.values[index];
                  return <td key={line.label}>{value === null || value === undefined ? missing : format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

