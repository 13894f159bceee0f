import { ErrorMessage } from '../../components/ErrorMessage';
import { useMessages } from '../../i18n/i18n';
import { DateInput } from '../../components/DateInput';
import { ArticlesList } from './ArticlesList';
import { exportMessages } from './messages';
import type { NoteDraft } from './noteDraft';
import { NoteTextField } from './NoteTextField';
import type { NoteDraftModel } from './useNoteDraft';

/** The long texts of the Motivering, in the note's order; limits as in collegeNoteSchema. */
const MOTIVATION = [
  ['voorgeschiedenis', 20_000],
  ['feitenEnContext', 50_000],
  ['juridischeGrond', 20_000],
  ['adviezen', 20_000],
  ['argumentatie', 50_000],
  ['financieleGevolgen', 20_000],
] as const;

/** Every text of the college note, grouped as the note is: heading, Motivering, Besluit, signatures. */
export function NoteForm({ model }: { model: NoteDraftModel }) {
  const m = useMessages(exportMessages);
  const { draft } = model;
  const set = <K extends keyof NoteDraft>(field: K, value: NoteDraft[K]) => draft && model.edit({ ...draft, [field]: value });

  return (
    <fieldset className="note-form">
      <legend>{m.note}</legend>
      <p className="hint">{m.noteIntro}</p>
      <ErrorMessage error={model.error} />
      {!draft ? (
        <p className="hint">{m.noteLoading}</p>
      ) : (
        <>
          <fieldset className="note-part note-header">
            <legend>{m.header}</legend>
            <NoteTextField label={m.city} value={draft.city} maxLength={200} onChange={(v) => set('city', v)} />
            <NoteTextField label={m.body} value={draft.body} maxLength={200} onChange={(v) => set('body', v)} />
            <DateInput
              key={model.version}
              label={m.meetingDate}
              value={draft.meetingDate}
              // A mistyped date shows its error and keeps the last good one: never saved as "no date".
              onChange={(iso, valid) => {
                if (valid) set('meetingDate', iso);
              }}
              hint={m.dateHint}
              invalidText={m.invalidDate}
            />
            <NoteTextField
              label={m.agendaNumber}
              value={draft.agendaNumber}
              maxLength={20}
              onChange={(v) => set('agendaNumber', v)}
            />
            <NoteTextField label={m.noteTitle} value={draft.title} maxLength={1000} rows={2} onChange={(v) => set('title', v)} />
            <NoteTextField
              label={m.present}
              value={draft.present}
              maxLength={5000}
              rows={3}
              onChange={(v) => set('present', v)}
            />
          </fieldset>
          <fieldset className="note-part">
            <legend>{m.motivation}</legend>
            {MOTIVATION.map(([field, max]) => (
              <NoteTextField
                key={field}
                label={m[field]}
                value={draft[field]}
                maxLength={max}
                rows={4}
                hint={m.paragraphHint}
                onChange={(v) => set(field, v)}
              />
            ))}
          </fieldset>
          <fieldset className="note-part">
            <legend>{m.decision}</legend>
            <ArticlesList articles={draft.articles} onChange={(articles) => set('articles', articles)} />
          </fieldset>
          <fieldset className="note-part">
            <legend>{m.signature}</legend>
            <NoteTextField
              label={m.signatureText}
              value={draft.signature}
              maxLength={2000}
              rows={5}
              onChange={(v) => set('signature', v)}
            />
          </fieldset>
          <div className="note-actions">
            <button type="button" aria-disabled={model.busy || undefined} onClick={() => void model.saveAsTemplate()}>
              {m.saveTemplate}
            </button>
            <button type="button" onClick={model.resetToTemplate}>
              {m.resetTemplate}
            </button>
            <p className="entity-status" role="status">
              {model.status === 'saved' ? m.templateSaved : model.status === 'reset' ? m.templateReset : null}
            </p>
          </div>
        </>
      )}
    </fieldset>
  );
}
