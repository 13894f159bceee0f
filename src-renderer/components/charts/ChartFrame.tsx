import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n, useMessages } from '../../i18n/i18n';
import { chartMessages } from './chartMessages';
import { exportPng, exportSvg, safeFileName, type ExportLegendItem } from './exportChart';
import './charts.css';

/** A swatch as drawn in the chart: a line, a dashed line, a bar or a shaded band. */
export function LegendSwatch({ item }: { item: ExportLegendItem }) {
  return (
    <svg className="legend-swatch" width="24" height="12" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
      {item.shape === 'line' || item.shape === 'dashed' ? (
        <line
          x1="1"
          y1="6"
          x2="23"
          y2="6"
          stroke={item.colour}
          strokeWidth="3"
          strokeDasharray={item.shape === 'dashed' ? '5 3' : undefined}
        />
      ) : (
        <rect
          x="1"
          y="1"
          width="22"
          height="10"
          fill={item.colour}
          fillOpacity={item.shape === 'band' ? 0.25 : 1}
          stroke={item.colour}
        />
      )}
    </svg>
  );
}

/**
 * One chart with everything around it: heading, export buttons, the legend, and the table of its
 * figures (what a screen reader reads: the drawing itself is one labelled image).
 */
export function ChartFrame({
  title,
  subtitle,
  notice,
  legend,
  fileName,
  children,
  table,
  toolbar,
  headingLevel = 2,
}: {
  title: string;
  subtitle: string;
  notice: string | null;
  legend: ExportLegendItem[];
  fileName: string;
  children: ReactNode;
  table: ReactNode;
  toolbar?: ReactNode;
  /** 3 where the chart sits in a section of its own (the Kosten page's "Grafieken"). */
  headingLevel?: 2 | 3;
}) {
  const m = useMessages(chartMessages);
  const { format } = useI18n();
  const chartRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);

  const run = async (kind: 'png' | 'svg') => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    const options = { title, subtitle, notice, legend, fileName };
    try {
      if (!svg) throw new Error('no chart');
      if (kind === 'svg') exportSvg(svg, options);
      else await exportPng(svg, options);
      setStatus({ text: format(m.exportDone, { name: `${safeFileName(fileName)}.${kind}` }), failed: false });
    } catch {
      setStatus({ text: m.exportFailed, failed: true });
    }
  };

  return (
    <section className="chart-section" aria-labelledby={headingId}>
      <div className="chart-head">
        <div>
          <Heading id={headingId}>{title}</Heading>
          <p className="hint">{subtitle}</p>
        </div>
        <div className="chart-actions">
          {toolbar}
          <button
            type="button"
            aria-label={format(m.exportLabel, { action: m.exportPng, title })}
            onClick={() => void run('png')}
          >
            {m.exportPng}
          </button>
          <button
            type="button"
            aria-label={format(m.exportLabel, { action: m.exportSvg, title })}
            onClick={() => void run('svg')}
          >
            {m.exportSvg}
          </button>
        </div>
      </div>
      {notice ? <p className="chart-notice">{notice}</p> : null}
      <p className={status?.failed ? 'field-error chart-status' : 'hint chart-status'} role="status">
        {status?.text ?? ''}
      </p>
      <div ref={chartRef} className="chart-box" role="img" aria-label={format(m.chartLabel, { title })}>
        {children}
      </div>
      {legend.length > 0 ? (
        <ul className="chart-legend" aria-label={m.legend}>
          {legend.map((item, index) => (
            <li key={index}>
              <LegendSwatch item={item} />
              {item.label}
            </li>
          ))}
        </ul>
      ) : null}
      {table}
    </section>
  );
}
