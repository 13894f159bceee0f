import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Organisation } from '../../../shared/domain/organisation';
import { personFieldsSchema, type Person, type PersonFields } from '../../../shared/domain/person';
import { describeIssues } from '../../../shared/domain/validationMessages';
import { invoke } from '../../api/client';
import { ConfirmDeleteForm } from '../../components/ConfirmDeleteForm';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SaveCancelActions } from '../../components/SaveCancelActions';
import { useI18n, useMessages } from '../../i18n/i18n';
import { organisationOptions } from '../organisations/organisationTree';
import { peopleMessages } from './messages';

interface PersonDraft {
  name: string;
  email: string;
  phone: string;
  organisationId: string;
  role: string;
  active: boolean;
  notes: string;
}
type DraftField = keyof PersonDraft;
type FieldProblems = Partial<Record<DraftField, string>>;

const EMPTY: PersonDraft = { name: '', email: '', phone: '', organisationId: '', role: '', active: true, notes: '' };

function draftOf(person: Person): PersonDraft {
  return {
    name: person.name,
    email: person.email ?? '',
    phone: person.phone ?? '',
    organisationId: person.organisationId ?? '',
    role: person.role ?? '',
    active: person.active,
    notes: person.notes ?? '',
  };
}

function fieldsOf(draft: PersonDraft): PersonFields {
  return {
    name: draft.name,
    email: draft.email.trim() || null,
    phone: draft.phone,
    organisationId: draft.organisationId || null,
    role: draft.role,
    active: draft.active,
    notes: draft.notes,
  };
}

/** The same schema the core validates with, so the message appears beside the field before a round trip. */
function useValidate() {
  const { language } = useI18n();
  return (fields: PersonFields): FieldProblems => {
    const parsed = personFieldsSchema.safeParse(fields);
    if (parsed.success) return {};
    const problems: FieldProblems = {};
    for (const problem of describeIssues(parsed.error.issues)) {
      const field = problem.path.split('.')[0] as DraftField;
      problems[field] ??= language === 'nl' ? problem.message : problem.messageEn;
    }
    return problems;
  };
}

function TextField({
  field,
  label,
  type = 'text',
  draft,
  problems,
  onChange,
  id,
  maxLength,
  autoComplete = 'off',
}: {
  field: 'name' | 'email' | 'phone' | 'role';
  label: string;
  type?: 'text' | 'email' | 'tel';
  draft: PersonDraft;
  problems: FieldProblems;
  onChange(field: DraftField, value: string): void;
  id?: string;
  maxLength: number;
  autoComplete?: string;
}) {
  const ownId = useId();
  const inputId = id ?? ownId;
  const errorId = useId();
  const problem = problems[field];
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={field}
        type={type}
        value={draft[field]}
        maxLength={maxLength}
        autoComplete={autoComplete}
        spellCheck={type === 'text'}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => onChange(field, event.target.value)}
      />
      {problem ? (
        <p id={errorId} className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function OrganisationSelect({
  id,
  value,
  organisations,
  onChange,
}: {
  id: string;
  value: string;
  organisations: Organisation[];
  onChange(value: string): void;
}) {
  const m = useMessages(peopleMessages);
  const options = useMemo(() => organisationOptions(organisations), [organisations]);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{m.noOrganisation}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** Name, e-mail, phone, organisation and role: the same fields, in the same order, when adding and editing. */
function PersonMainFields({
  nameId,
  draft,
  problems,
  organisations,
  onChange,
}: {
  nameId?: string;
  draft: PersonDraft;
  problems: FieldProblems;
  organisations: Organisation[];
  onChange(field: DraftField, value: string): void;
}) {
  const m = useMessages(peopleMessages);
  const organisationId = useId();
  return (
    <>
      <TextField
        field="name"
        id={nameId}
        label={m.fields.name}
        draft={draft}
        problems={problems}
        onChange={onChange}
        maxLength={200}
      />
      <TextField
        field="email"
        type="email"
        label={m.fields.email}
        draft={draft}
        problems={problems}
        onChange={onChange}
        maxLength={320}
      />
      <TextField
        field="phone"
        type="tel"
        label={m.fields.phone}
        draft={draft}
        problems={problems}
        onChange={onChange}
        maxLength={50}
      />
      <div className="field">
        <label htmlFor={organisationId}>{m.fields.organisation}</label>
        <OrganisationSelect
          id={organisationId}
          value={draft.organisationId}
          organisations={organisations}
          onChange={(value) => onChange('organisationId', value)}
        />
      </div>
      <TextField field="role" label={m.fields.role} draft={draft} problems={problems} onChange={onChange} maxLength={200} />
    </>
  );
}

/** Moves the focus to the first field with a problem (in form order). */
function focusFirstInvalid(form: HTMLFormElement | null) {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}

export function AddPersonForm({
  nameId,
  organisations,
  onAdded,
}: {
  nameId: string;
  organisations: Organisation[];
  onAdded(created: Person): void;
}) {
  const m = useMessages(peopleMessages);
  const validate = useValidate();
  const [draft, setDraft] = useState<PersonDraft>(EMPTY);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const summaryId = useId();

  const change = (field: DraftField, value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields = fieldsOf(draft);
    const found = validate(fields);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    setBusy(true);
    const result = await invoke('people.create', { fields });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    // The organisation stays chosen: people are often added per department.
    setDraft({ ...EMPTY, organisationId: draft.organisationId });
    onAdded(result.value);
  };

  const problemCount = Object.values(problems).filter(Boolean).length;
  return (
    <form ref={formRef} className="entity-add-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId}>{m.add.heading}</h2>
      <div className="entity-add-fields">
        <PersonMainFields nameId={nameId} draft={draft} problems={problems} organisations={organisations} onChange={change} />
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {m.add.submit}
        </button>
      </div>
      {problemCount > 0 ? (
        <p id={summaryId} className="visually-hidden" role="alert">
          {Object.values(problems).filter(Boolean).join(' ')}
        </p>
      ) : null}
      <ErrorMessage error={error} />
    </form>
  );
}

export function EditPersonForm({
  person,
  organisations,
  onSaved,
  onCancel,
}: {
  person: Person;
  organisations: Organisation[];
  onSaved(saved: Person): void;
  onCancel(): void;
}) {
  const m = useMessages(peopleMessages);
  const validate = useValidate();
  const [draft, setDraft] = useState<PersonDraft>(() => draftOf(person));
  const [problems, setProblems] = useState<FieldProblems>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const activeId = useId();
  const activeHintId = useId();
  const notesId = useId();

  const change = (field: DraftField, value: string | boolean) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields = fieldsOf(draft);
    const found = validate(fields);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(formRef.current));
      return;
    }
    // Only what changed: one change-log entry per edited field.
    const before = fieldsOf(draftOf(person));
    const patch: Partial<PersonFields> = {};
    for (const key of Object.keys(fields) as Array<keyof PersonFields>) {
      const now = typeof fields[key] === 'string' ? (fields[key] as string).trim() || null : fields[key];
      const was = typeof before[key] === 'string' ? (before[key] as string).trim() || null : before[key];
      if (now !== was) (patch as Record<string, unknown>)[key] = fields[key];
    }
    if (Object.keys(patch).length === 0) {
      onSaved(person);
      return;
    }
    setBusy(true);
    const result = await invoke('people.update', { id: person.id, patch });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  return (
    <form ref={formRef} className="entity-form" onSubmit={submit} noValidate>
      <PersonMainFields draft={draft} problems={problems} organisations={organisations} onChange={change} />
      <div>
        <div className="field field-check">
          <input
            id={activeId}
            type="checkbox"
            checked={draft.active}
            aria-describedby={activeHintId}
            onChange={(event) => change('active', event.target.checked)}
          />
          <label htmlFor={activeId}>{m.fields.active}</label>
        </div>
        <p id={activeHintId} className="hint">
          {m.fields.activeHint}
        </p>
      </div>
      <div className="field">
        <label htmlFor={notesId}>{m.fields.notes}</label>
        <textarea
          id={notesId}
          value={draft.notes}
          rows={3}
          maxLength={5000}
          onChange={(event) => change('notes', event.target.value)}
        />
      </div>
      <ErrorMessage error={error} />
      <SaveCancelActions busy={busy} labels={m} onCancel={onCancel} />
    </form>
  );
}

/** Asks first; the core refuses while the person is responsible for channels, and says so. */
export function DeletePersonForm({ person, onDeleted, onCancel }: { person: Person; onDeleted(): void; onCancel(): void }) {
  const m = useMessages(peopleMessages);
  const { format } = useI18n();
  return (
    <ConfirmDeleteForm
      question={format(m.deleteQuestion, { name: person.name })}
      labels={m}
      remove={() => invoke('people.delete', { id: person.id })}
      onDeleted={onDeleted}
      onCancel={onCancel}
    />
  );
}
