import { useId, useState } from 'react';
import { useMessages } from '../../i18n/i18n';
import { FictitiousNotice } from '../growth/FictitiousNotice';
import { useQuery } from '../growth/useQuery';
import { ImportSnapshotsDialog } from './ImportSnapshotsDialog';
import { countsMessages } from './messages';
import { MonthlySheet } from './MonthlySheet';
import { PasteCounts } from './PasteCounts';
import '../organisations/organisations.css';
import '../growth/growth.css';
import './counts.css';

/** "Tellingen": the three ways to enter follower counts. */
export function CountsPage({ generation }: { generation: number }) {
  const m = useMessages(countsMessages);
  const headingId = useId();
  const importHeadingId = useId();
  const [version, setVersion] = useState(0);
  const [importing, setImporting] = useState(false);
  const register = useQuery('register.current', {}, generation);
  const changed = () => setVersion((v) => v + 1);
  return (
    <div className="counts-page">
      <section aria-labelledby={headingId}>
        <h1 id={headingId}>{m.title}</h1>
        {register.value?.current?.isFictitious ? <FictitiousNotice /> : null}
        <p className="hint counts-intro">{m.intro}</p>
      </section>
      <MonthlySheet generation={generation} version={version} onSaved={changed} />
      <PasteCounts onSaved={changed} />
      <section className="counts-section" aria-labelledby={importHeadingId}>
        <h2 id={importHeadingId}>{m.importTitle}</h2>
        <p className="hint">{m.importIntro}</p>
        <button type="button" onClick={() => setImporting(true)}>
          {m.importButton}
        </button>
      </section>
      <ImportSnapshotsDialog open={importing} generation={generation} onClose={() => setImporting(false)} onImported={changed} />
    </div>
  );
}
