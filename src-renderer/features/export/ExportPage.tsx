import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CSV_TABLES, EXPORT_FORMATS } from '../../../shared/domain/exportOptions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n, useMessages } from '../../i18n/i18n';
import { FictitiousNotice } from '../growth/FictitiousNotice';
import { useQuery } from '../growth/useQuery';
import { arrivedFromChannels, handedQuery } from './channelQueryHandoff';
import { ChannelsFieldset } from './ChannelsFieldset';
import { choiceProblems, exportOptionsFor, initialChoice, type ChoiceProblems, type ExportChoice } from './exportChoice';
import { exportSummary } from './exportSummary';
import { exportMessages } from './messages';
import { noteFromDraft } from './noteDraft';
import { NoteForm } from './NoteForm';
import { PeriodFieldset } from './PeriodFieldset';
import { RadioFieldset } from './RadioFieldset';
import { useExportRun } from './useExportRun';
import { useNoteDraft } from './useNoteDraft';
import { WordFieldset } from './WordFieldset';
import { WorkbookFieldset } from './WorkbookFieldset';
import '../organisations/organisations.css';
import '../growth/growth.css';
import './export.css';

/** "Export": choose what to export, make the file, save it (desktop) or download it (browser mode). */
export function ExportPage({ generation }: { generation: number }) {
  const m = useMessages(exportMessages);
  const { format } = useI18n();
  const headingId = useId();
  const [handed] = useState(handedQuery);
  const [choice, setChoice] = useState<ExportChoice>(() => initialChoice(handed !== null && arrivedFromChannels()));
  const [submitted, setSubmitted] = useState(false);
  const views = useQuery('views.list', {}, generation);
  const register = useQuery('register.current', {}, generation);
  const note = useNoteDraft(generation);
  const runner = useExportRun();
  const statusRef = useRef<HTMLDivElement>(null);

  // The note form is long: bring what happened (or went wrong) into view under the button.
  useEffect(() => {
    if (runner.outcome || runner.error) statusRef.current?.scrollIntoView({ block: 'nearest' });
  }, [runner.outcome, runner.error]);

  const problems = choiceProblems(choice);
  const hasProblems = Object.keys(problems).length > 0;
  // Empty fields are only a problem once the user tries to export; an end before the start is one at once.
  const shown: ChoiceProblems = submitted ? problems : problems.to === 'toBeforeFrom' ? { to: 'toBeforeFrom' } : {};
  const update = (patch: Partial<ExportChoice>) => setChoice((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (hasProblems) return;
    const texts = choice.format === 'docx' && note.draft ? noteFromDraft(note.draft) : null;
    void runner.run(exportOptionsFor(choice, handed, texts));
  };

  const busy = runner.phase !== 'idle';
  const progressText =
    runner.phase === 'preparing'
      ? m.preparing
      : runner.phase === 'saving'
        ? m.saving
        : runner.phase === 'downloading'
          ? m.downloading
          : null;

  return (
    <div className="export-page">
      <section aria-labelledby={headingId}>
        <h1 id={headingId}>{m.title}</h1>
        {register.value?.current?.isFictitious ? <FictitiousNotice /> : null}
        <p className="hint export-intro">{m.intro}</p>

        <form className="export-form" noValidate onSubmit={onSubmit}>
          <div className="export-choices">
            <RadioFieldset
              legend={m.format}
              options={EXPORT_FORMATS}
              labels={m.formats}
              value={choice.format}
              onChange={(value) => update({ format: value })}
            />
            <ChannelsFieldset
              source={choice.source}
              viewId={choice.viewId}
              views={views.value ?? []}
              handed={handed}
              generation={generation}
              viewError={shown.view ? m[shown.view] : null}
              onChange={(source, viewId) => update({ source, viewId })}
            />
            <PeriodFieldset from={choice.from} to={choice.to} problems={shown} onChange={(period) => update(period)} />
          </div>

          {choice.format === 'xlsx' ? (
            <WorkbookFieldset
              sheets={choice.sheets}
              growthLayout={choice.growthLayout}
              sheetError={shown.sheets ? m[shown.sheets] : null}
              onChange={update}
            />
          ) : choice.format === 'docx' ? (
            <WordFieldset variant={choice.docxVariant} includeChart={choice.includeChart} onChange={update} />
          ) : (
            <RadioFieldset
              className="export-format-options"
              legend={m.csvTable}
              options={CSV_TABLES}
              labels={m.csvTables}
              value={choice.csvTable}
              onChange={(value) => update({ csvTable: value })}
            />
          )}
          {choice.format === 'docx' && choice.docxVariant === 'note' ? <NoteForm model={note} /> : null}

          <div className="export-actions">
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              {m.exportButton}
            </button>
            {busy ? <progress aria-label={m.progressLabel} /> : null}
          </div>
          {submitted && hasProblems ? (
            <p className="field-error" role="alert">
              {m.fixProblems}
            </p>
          ) : null}
          <div ref={statusRef}>
            <ErrorMessage error={runner.error} />
            <div className="export-status" role="status">
              {progressText ? (
                <p>{progressText}</p>
              ) : runner.outcome ? (
                exportSummary(runner.outcome, m, format).map((line) => <p key={line}>{line}</p>)
              ) : null}
            </div>
          </div>
        </form>
      </section>
    </div>
  );
}
