import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Person } from '../../../shared/domain/person';
import type { ReviewFinding } from '../../../shared/domain/review';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n, useMessages } from '../../i18n/i18n';
import { DateInput } from '../../components/DateInput';
import { reviewMessages } from './messages';
import type { DecisionInput, ReviewDecisions } from './useReviewDecisions';

type Mode = 'buttons' | 'accept' | 'dismiss';

/**
 * What the user decides about a finding: accept (owner, due date and wording optional), dismiss
 * (with a reason), done, or reopen. Accept and dismiss open a small form in place.
 */
export function FindingActions({
  finding,
  title,
  people,
  decisions,
}: {
  finding: ReviewFinding;
  /** The finding's short name, so every button says which finding it acts on. */
  title: string;
  people: Person[];
  decisions: ReviewDecisions;
}) {
  const m = useMessages(reviewMessages);
  const { format, language } = useI18n();
  const [mode, setMode] = useState<Mode>('buttons');
  const [error, setError] = useState<ApiError | null>(null);
  const which = <span className="visually-hidden">{format(m.forFinding, { finding: title })}</span>;
  const message = language === 'nl' ? finding.message : finding.messageEn;

  const run = async (input: DecisionInput) => {
    const problem = await decisions.decide(finding, input);
    setError(problem);
    if (!problem) setMode('buttons');
  };

  if (mode === 'accept') {
    return (
      <AcceptForm
        finding={finding}
        defaultWording={`${m.actions[finding.action]}: ${message}`}
        people={people}
        error={error}
        onCancel={() => setMode('buttons')}
        onSubmit={run}
      />
    );
  }
  if (mode === 'dismiss') {
    return <DismissForm finding={finding} error={error} onCancel={() => setMode('buttons')} onSubmit={run} />;
  }

  const { state } = finding;
  return (
    <div className="review-actions">
      {state === 'open' || state === 'dismissed' ? (
        <button type="button" onClick={() => setMode('accept')}>
          {m.accept}
          {which}
        </button>
      ) : null}
      {state === 'open' || state === 'accepted' ? (
        <button type="button" onClick={() => setMode('dismiss')}>
          {m.dismiss}
          {which}
        </button>
      ) : null}
      {state === 'open' || state === 'accepted' ? (
        <button type="button" onClick={() => void run({ state: 'done' })}>
          {m.done}
          {which}
        </button>
      ) : null}
      {state !== 'open' ? (
        <button type="button" onClick={() => void run({ state: 'open' })}>
          {m.reopen}
          {which}
        </button>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}

function AcceptForm({
  finding,
  defaultWording,
  people,
  error,
  onCancel,
  onSubmit,
}: {
  finding: ReviewFinding;
  defaultWording: string;
  people: Person[];
  error: ApiError | null;
  onCancel(): void;
  onSubmit(input: DecisionInput): Promise<void>;
}) {
  const m = useMessages(reviewMessages);
  const ownerId = useId();
  const wordingId = useId();
  const decision = finding.decision;
  const [owner, setOwner] = useState(decision?.ownerPersonId ?? '');
  const [dueDate, setDueDate] = useState<string | null>(decision?.dueDate ?? null);
  const [dueDateValid, setDueDateValid] = useState(true);
  const [showDueDateError, setShowDueDateError] = useState(false);
  const [wording, setWording] = useState(decision?.recommendation ?? defaultWording);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A mistyped due date shows its error at the field; it is never saved as "no due date".
    if (!dueDateValid) {
      setShowDueDateError(true);
      return;
    }
    const text = wording.trim();
    void onSubmit({
      state: 'accepted',
      ownerPersonId: owner === '' ? null : owner,
      dueDate,
      // The default wording is what the core uses without one: store only the user's own words.
      recommendation: text === '' || text === defaultWording ? null : text,
    });
  };

  return (
    <DecisionForm title={m.acceptTitle} confirm={m.confirmAccept} error={error} onCancel={onCancel} onSubmit={submit}>
      <div className="field">
        <label htmlFor={ownerId}>{m.owner}</label>
        <select id={ownerId} value={owner} onChange={(event) => setOwner(event.target.value)}>
          <option value="">{m.noOwner}</option>
          {people
            .filter((person) => person.active || person.id === owner)
            .map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
        </select>
      </div>
      <DateInput
        label={m.dueDate}
        value={dueDate}
        onChange={(iso, valid) => {
          setDueDate(iso);
          setDueDateValid(valid);
          setShowDueDateError(false);
        }}
        hint={m.dateHint}
        invalidText={m.invalidDate}
        // Enter in the field submits before it is left: say why nothing happened.
        extraError={showDueDateError ? m.invalidDate : null}
      />
      <div className="field">
        <label htmlFor={wordingId}>{m.recommendation}</label>
        <textarea id={wordingId} rows={3} maxLength={5000} value={wording} onChange={(event) => setWording(event.target.value)} />
      </div>
    </DecisionForm>
  );
}

function DismissForm({
  finding,
  error,
  onCancel,
  onSubmit,
}: {
  finding: ReviewFinding;
  error: ApiError | null;
  onCancel(): void;
  onSubmit(input: DecisionInput): Promise<void>;
}) {
  const m = useMessages(reviewMessages);
  const reasonId = useId();
  const errorId = useId();
  const [reason, setReason] = useState(finding.decision?.reason ?? '');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    void onSubmit({ state: 'dismissed', reason: reason.trim() });
  };

  return (
    <DecisionForm
      title={m.dismissTitle}
      confirm={m.confirmDismiss}
      error={error}
      onCancel={onCancel}
      onSubmit={submit}
      // The empty reason gets this form's own message at the field, not the browser's bubble.
      noValidate
    >
      <div className="field">
        <label htmlFor={reasonId}>{m.reason}</label>
        <textarea
          id={reasonId}
          rows={2}
          maxLength={2000}
          required
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
        />
        {missing ? (
          <span id={errorId} className="field-error" role="alert">
            {m.reasonRequired}
          </span>
        ) : null}
      </div>
    </DecisionForm>
  );
}

/** The frame both forms share: a titled fieldset, then the core's refusal, confirm and cancel. */
function DecisionForm({
  title,
  confirm,
  error,
  noValidate,
  onCancel,
  onSubmit,
  children,
}: {
  title: string;
  confirm: string;
  error: ApiError | null;
  noValidate?: boolean;
  onCancel(): void;
  onSubmit(event: FormEvent): void;
  children: ReactNode;
}) {
  const m = useMessages(reviewMessages);
  return (
    <form className="review-form" onSubmit={onSubmit} noValidate={noValidate}>
      <fieldset>
        <legend>{title}</legend>
        {children}
        <ErrorMessage error={error} />
        <div className="review-actions">
          <button type="submit">{confirm}</button>
          <button type="button" onClick={onCancel}>
            {m.cancel}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
