import { useCallback, useId, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Tabs } from '../../components/Tabs';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { todayIso } from '../growth/dates';
import { FictitiousNotice } from '../growth/FictitiousNotice';
import { growthMessages } from '../growth/messages';
import { useQuery } from '../growth/useQuery';
import { BudgetsSection } from './budgets/BudgetsSection';
import { CostChartsSection } from './charts/CostChartsSection';
import { costsMessages } from './messages';
import { OverviewControls } from './overview/OverviewControls';
import { defaultChoice, type OverviewChoice } from './overview/overviewChoice';
import { OverviewSection } from './overview/OverviewSection';
import { UnknownCostSection } from './overview/UnknownCostSection';
import { CostLinesSection } from './lines/CostLinesSection';
import '../growth/growth.css';
import '../organisations/organisations.css';
import './costs.css';

const SECTIONS = ['lines', 'overview', 'budgets', 'charts', 'unknown'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * The "Kosten" page: the cost lines, and what they add up to for a chosen period — totals,
 * budgets against actual, charts, and the channels whose cost is still unknown. Every section
 * reads one `costs.overview` answer; every change (a line, a paste, an undo, a budget) reloads it.
 */
export function CostsPage({ generation }: { generation: number }) {
  const m = useMessages(costsMessages);
  const g = useMessages(growthMessages);
  const { format } = useI18n();
  const headingId = useId();
  const [section, setSection] = useState<Section>('lines');
  const [choice, setChoice] = useState<OverviewChoice>(() => defaultChoice(todayIso()));
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const reloadKey = `${generation}/${version}`;
  const sectionHeading = useRef<HTMLHeadingElement>(null);

  const register = useQuery('register.current', {}, generation);
  const overview = useQuery('costs.overview', choice, reloadKey);
  const fictitious = Boolean(register.value?.current?.isFictitious);
  const unknownCount = overview.value?.unknownCost.length;

  const tabs = SECTIONS.map((key) => ({
    key,
    label:
      key === 'unknown' && unknownCount !== undefined ? format(m.unknownTab, { count: formatNumber(unknownCount) }) : m.tabs[key],
  }));
  const needsChoice = section === 'overview' || section === 'budgets' || section === 'charts';

  return (
    <section aria-labelledby={headingId} className="costs-page">
      <h1 id={headingId}>{m.title}</h1>
      {fictitious ? <FictitiousNotice /> : null}
      <p className="hint costs-intro">{m.intro}</p>

      <Tabs<Section> label={m.sections} tabs={tabs} active={section} onChange={setSection}>
        <h2 ref={sectionHeading} tabIndex={-1} className="costs-section-heading">
          {m.tabs[section]}
        </h2>
        {needsChoice ? <OverviewControls choice={choice} onChange={setChoice} /> : null}
        {section === 'lines' ? null : (
          <>
            <ErrorMessage error={overview.error} />
            <p className="hint costs-status" role="status">
              {overview.loading ? m.loading : ''}
            </p>
          </>
        )}
        {section === 'lines' ? <CostLinesSection generation={generation} onChanged={reload} /> : null}
        {section === 'overview' && overview.value ? <OverviewSection overview={overview.value} /> : null}
        {section === 'budgets' ? (
          <BudgetsSection
            fromYear={choice.fromYear}
            toYear={choice.toYear}
            comparisons={overview.value?.budgets ?? null}
            generation={generation}
            reloadKey={reloadKey}
            onChanged={reload}
          />
        ) : null}
        {section === 'charts' && overview.value ? (
          <CostChartsSection overview={overview.value} notice={fictitious ? g.fictitious : null} />
        ) : null}
        {section === 'unknown' && overview.value ? (
          <UnknownCostSection
            channels={overview.value.unknownCost}
            onEnterCosts={() => {
              setSection('lines');
              // The button goes away with its section: the focus goes to the new section's heading.
              requestAnimationFrame(() => sectionHeading.current?.focus());
            }}
          />
        ) : null}
      </Tabs>
    </section>
  );
}
