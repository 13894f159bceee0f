import { useId, useState } from 'react';
import { formatIsoDate } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { seriesColour } from '../../components/charts/colours';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CampaignsSection } from '../campaigns/CampaignsSection';
import { ChannelSelector, EMPTY_SELECTION, toChannelSelection, type SelectionState } from './ChannelSelector';
import { seriesLabel } from './chartLabels';
import { CompareTable } from './CompareTable';
import { DateInput } from '../../components/DateInput';
import { PERIOD_PRESETS, presetRange, todayIso, type PeriodPreset } from './dates';
import { FictitiousNotice } from './FictitiousNotice';
import { growthMessages } from './messages';
import { PeriodsChart, type Granularity } from './PeriodsChart';
import { SeriesChart } from './SeriesChart';
import { useQuery } from './useQuery';
import '../organisations/organisations.css';
import './growth.css';

type Mode = 'absolute' | 'indexed';

/**
 * The "Groei" page: which channels, which period, how to show it; then followers over time (lines
 * with campaign bands), growth per month/quarter/year (bars), the comparison with the previous
 * period and the campaigns with their effect. The core shapes and downsamples; this page draws.
 */
export function GrowthPage({ generation }: { generation: number }) {
  const m = useMessages(growthMessages);
  const { format, language } = useI18n();
  const headingId = useId();
  const baseId = useId();
  const [today] = useState(todayIso);
  const [selection, setSelection] = useState<SelectionState>(EMPTY_SELECTION);
  const [preset, setPreset] = useState<PeriodPreset>('all');
  const [custom, setCustom] = useState<{ from: string | null; to: string | null; key: number }>({ from: null, to: null, key: 0 });
  const [mode, setMode] = useState<Mode>('absolute');
  const [interpolate, setInterpolate] = useState(false);
  const [granularity, setGranularity] = useState<Granularity>('month');
  const [compare, setCompare] = useState(false);
  const [campaignsVersion, setCampaignsVersion] = useState(0);

  const register = useQuery('register.current', {}, generation);
  const campaigns = useQuery('campaigns.list', {}, `${generation}/${campaignsVersion}`);

  const customInvalid = custom.from !== null && custom.to !== null && custom.to < custom.from;
  const range: { from?: string; to?: string } | null =
    preset === 'custom'
      ? custom.from && custom.to && !customInvalid
        ? { from: custom.from, to: custom.to }
        : null
      : presetRange(preset, today);
  const chosen = toChannelSelection(selection);
  const ready = chosen !== null && range !== null;

  const series = useQuery(
    'growth.series',
    ready ? { selection: chosen, ...range, mode, interpolate: interpolate || undefined } : null,
    generation,
  );
  const periods = useQuery('growth.periods', ready ? { selection: chosen, granularity, ...range } : null, generation);
  // "All counts": the period is what the counts span.
  const firsts = (series.value?.series ?? []).flatMap((s) => (s.first ? [s.first.date] : [])).sort();
  const lasts = (series.value?.series ?? []).flatMap((s) => (s.last ? [s.last.date] : [])).sort();
  const shownFrom = range?.from ?? series.value?.from ?? firsts[0] ?? null;
  const shownTo = range?.to ?? series.value?.to ?? lasts[lasts.length - 1] ?? null;
  const comparison = useQuery(
    'growth.compare',
    compare && chosen && shownFrom && shownTo ? { selection: chosen, from: shownFrom, to: shownTo } : null,
    generation,
  );

  const fictitious = Boolean(register.value?.current?.isFictitious || series.value?.fictitious);
  const notice = fictitious ? m.fictitious : null;
  const periodText =
    shownFrom && shownTo
      ? `${format(m.periodText, { from: formatIsoDate(shownFrom), to: formatIsoDate(shownTo) })}${preset === 'all' ? ` (${m.allPeriod})` : ''}`
      : m.allPeriod;

  const seriesList = series.value?.series ?? [];
  const labelOf = (channelId: string, name: string) => {
    const found = seriesList.find((s) => s.channelId === channelId);
    const picked = selection.channels.find((c) => c.id === channelId);
    const platform = found?.platform ?? picked?.platform;
    return platform ? seriesLabel(name, platform, language) : name;
  };
  const colourOf = (channelId: string, fallback: number) => {
    const index = seriesList.findIndex((s) => s.channelId === channelId);
    return seriesColour(index >= 0 ? index : fallback);
  };

  const choosePreset = (next: PeriodPreset) => {
    if (next === 'custom' && preset !== 'custom') {
      // Start the custom period from what is on screen.
      setCustom((current) => ({ from: shownFrom, to: shownTo, key: current.key + 1 }));
    }
    setPreset(next);
  };

  return (
    <div className="growth-page">
      <section aria-labelledby={headingId}>
        <h1 id={headingId}>{m.title}</h1>
        {fictitious ? <FictitiousNotice /> : null}
        <p className="hint growth-intro">{m.intro}</p>

        <div className="growth-controls" role="group" aria-label={m.controls}>
          <ChannelSelector value={selection} onChange={setSelection} generation={generation} />

          <div className="growth-options">
            <fieldset className="growth-period">
              <legend>{m.period}</legend>
              <div className="field">
                <label htmlFor={`${baseId}-preset`}>{m.period}</label>
                <select
                  id={`${baseId}-preset`}
                  value={preset}
                  onChange={(event) => choosePreset(event.target.value as PeriodPreset)}
                >
                  {PERIOD_PRESETS.map((p) => (
                    <option key={p} value={p}>
                      {m.presets[p]}
                    </option>
                  ))}
                </select>
              </div>
              {preset === 'custom' ? (
                <div className="growth-custom-dates" key={custom.key}>
                  <DateInput
                    label={m.from}
                    value={custom.from}
                    onChange={(from) => from && setCustom((current) => ({ ...current, from }))}
                    hint={m.dateHint}
                    invalidText={m.invalidDate}
                  />
                  <DateInput
                    label={m.to}
                    value={custom.to}
                    onChange={(to) => to && setCustom((current) => ({ ...current, to }))}
                    hint={m.dateHint}
                    invalidText={m.invalidDate}
                    extraError={customInvalid ? m.toBeforeFrom : null}
                  />
                </div>
              ) : (
                <p className="hint growth-period-text">{periodText}</p>
              )}
            </fieldset>

            <fieldset className="growth-display">
              <legend>{m.display}</legend>
              {(['absolute', 'indexed'] as const).map((value) => (
                <div className="field field-check" key={value}>
                  <input
                    id={`${baseId}-mode-${value}`}
                    type="radio"
                    name={`${baseId}-mode`}
                    checked={mode === value}
                    onChange={() => setMode(value)}
                  />
                  <label htmlFor={`${baseId}-mode-${value}`}>{m[value]}</label>
                </div>
              ))}
              <div className="field field-check">
                <input
                  id={`${baseId}-interpolate`}
                  type="checkbox"
                  checked={interpolate}
                  onChange={(event) => setInterpolate(event.target.checked)}
                />
                <label htmlFor={`${baseId}-interpolate`}>{m.interpolate}</label>
              </div>
              <div className="field field-check">
                <input
                  id={`${baseId}-compare`}
                  type="checkbox"
                  checked={compare}
                  onChange={(event) => setCompare(event.target.checked)}
                />
                <label htmlFor={`${baseId}-compare`}>{m.compare}</label>
              </div>
            </fieldset>
          </div>
        </div>

        <ErrorMessage error={series.error ?? periods.error ?? comparison.error ?? campaigns.error} />
        <p className="hint growth-status" role="status">
          {ready && (series.loading || periods.loading) ? m.loading : ''}
        </p>

        {!chosen ? (
          <p className="growth-empty">{m.pickFirst}</p>
        ) : (
          <div className={series.loading ? 'growth-charts loading' : 'growth-charts'}>
            {series.value ? (
              <SeriesChart
                result={series.value}
                campaigns={campaigns.value ?? []}
                indexed={mode === 'indexed'}
                interpolate={interpolate}
                periodText={periodText}
                notice={notice}
              />
            ) : null}
            {compare ? (
              comparison.value ? (
                <CompareTable rows={comparison.value} labelOf={labelOf} />
              ) : shownFrom && shownTo ? null : (
                <p className="hint">{m.compareNeedsPeriod}</p>
              )
            ) : null}
            {periods.value ? (
              <PeriodsChart
                rows={periods.value}
                granularity={granularity}
                onGranularity={setGranularity}
                labelOf={labelOf}
                colourOf={colourOf}
                periodText={periodText}
                notice={notice}
              />
            ) : null}
          </div>
        )}
      </section>
      <CampaignsSection
        campaigns={campaigns.value ?? []}
        generation={generation}
        onChanged={() => setCampaignsVersion((v) => v + 1)}
      />
    </div>
  );
}
