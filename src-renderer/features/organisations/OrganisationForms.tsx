import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { labelsFor, ORGANISATION_KIND_LABELS } from '../../../shared/domain/labels';
import {
  ORGANISATION_KINDS,
  type Organisation,
  type OrganisationFields,
  type OrganisationKind,
} from '../../../shared/domain/organisation';
import { invoke } from '../../api/client';
import { ConfirmDeleteForm } from '../../components/ConfirmDeleteForm';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SaveCancelActions } from '../../components/SaveCancelActions';
import { useI18n, useMessages } from '../../i18n/i18n';
import { organisationMessages } from './messages';
import { organisationOptions, selfAndDescendants } from './organisationTree';

function KindSelect({ id, value, onChange }: { id: string; value: OrganisationKind; onChange(kind: OrganisationKind): void }) {
  const { language } = useI18n();
  const labels = labelsFor(ORGANISATION_KIND_LABELS, language);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as OrganisationKind)}>
      {ORGANISATION_KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {labels[kind]}
        </option>
      ))}
    </select>
  );
}

function ParentSelect({
  id,
  value,
  organisations,
  exclude,
  onChange,
}: {
  id: string;
  value: string;
  organisations: Organisation[];
  exclude?: Set<string>;
  onChange(parentId: string): void;
}) {
  const m = useMessages(organisationMessages);
  const options = useMemo(() => organisationOptions(organisations, exclude), [organisations, exclude]);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{m.topLevel}</option>
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** Name, kind and parent in one row above the table: Enter in any field adds. */
export function AddOrganisationForm({
  nameId,
  organisations,
  onAdded,
}: {
  nameId: string;
  organisations: Organisation[];
  onAdded(created: Organisation): void;
}) {
  const m = useMessages(organisationMessages);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('stadsdienst');
  const [parentId, setParentId] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const kindId = useId();
  const parentSelectId = useId();
  const nameErrorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    const result = await invoke('organisations.create', { fields: { name, kind, parentId: parentId || null } });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setNameMissing(false);
    setName('');
    onAdded(result.value);
  };

  return (
    <form className="entity-add-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId}>{m.add.heading}</h2>
      <div className="entity-add-fields">
        <div className="field">
          <label htmlFor={nameId}>{m.fields.name}</label>
          <input
            ref={nameRef}
            id={nameId}
            type="text"
            value={name}
            maxLength={200}
            autoComplete="off"
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? nameErrorId : undefined}
            onChange={(event) => {
              setName(event.target.value);
              if (event.target.value.trim()) setNameMissing(false);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={kindId}>{m.fields.kind}</label>
          <KindSelect id={kindId} value={kind} onChange={setKind} />
        </div>
        <div className="field">
          <label htmlFor={parentSelectId}>{m.fields.parent}</label>
          <ParentSelect id={parentSelectId} value={parentId} organisations={organisations} onChange={setParentId} />
        </div>
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {m.add.submit}
        </button>
      </div>
      {nameMissing ? (
        <p id={nameErrorId} className="field-error" role="alert">
          {m.nameRequired}
        </p>
      ) : null}
      <ErrorMessage error={error} />
    </form>
  );
}

/** Every field of one organisation; the parent list leaves out the organisation and its own parts. */
export function EditOrganisationForm({
  organisation,
  organisations,
  onSaved,
  onCancel,
}: {
  organisation: Organisation;
  organisations: Organisation[];
  onSaved(saved: Organisation): void;
  onCancel(): void;
}) {
  const m = useMessages(organisationMessages);
  const [name, setName] = useState(organisation.name);
  const [kind, setKind] = useState<OrganisationKind>(organisation.kind);
  const [parentId, setParentId] = useState(organisation.parentId ?? '');
  const [notes, setNotes] = useState(organisation.notes ?? '');
  const [nameMissing, setNameMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const exclude = useMemo(() => selfAndDescendants(organisation.id, organisations), [organisation.id, organisations]);
  const nameId = useId();
  const kindId = useId();
  const parentSelectId = useId();
  const notesId = useId();
  const nameErrorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    const patch: Partial<OrganisationFields> = {};
    if (name.trim() !== organisation.name) patch.name = name;
    if (kind !== organisation.kind) patch.kind = kind;
    if ((parentId || null) !== organisation.parentId) patch.parentId = parentId || null;
    if ((notes.trim() || null) !== organisation.notes) patch.notes = notes;
    if (Object.keys(patch).length === 0) {
      onSaved(organisation);
      return;
    }
    setBusy(true);
    const result = await invoke('organisations.update', { id: organisation.id, patch });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  return (
    <form className="entity-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={nameId}>{m.fields.name}</label>
        <input
          ref={nameRef}
          id={nameId}
          type="text"
          value={name}
          maxLength={200}
          autoComplete="off"
          aria-invalid={nameMissing || undefined}
          aria-describedby={nameMissing ? nameErrorId : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {nameMissing ? (
          <p id={nameErrorId} className="field-error" role="alert">
            {m.nameRequired}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={kindId}>{m.fields.kind}</label>
        <KindSelect id={kindId} value={kind} onChange={setKind} />
      </div>
      <div className="field">
        <label htmlFor={parentSelectId}>{m.fields.parent}</label>
        <ParentSelect
          id={parentSelectId}
          value={parentId}
          organisations={organisations}
          exclude={exclude}
          onChange={setParentId}
        />
      </div>
      <div className="field">
        <label htmlFor={notesId}>{m.fields.notes}</label>
        <textarea id={notesId} value={notes} rows={4} maxLength={5000} onChange={(event) => setNotes(event.target.value)} />
      </div>
      <ErrorMessage error={error} />
      <SaveCancelActions busy={busy} labels={m} onCancel={onCancel} />
    </form>
  );
}

/** Asks first; the core refuses while channels, people or parts still belong to the organisation, and says how many. */
export function DeleteOrganisationForm({
  organisation,
  onDeleted,
  onCancel,
}: {
  organisation: Organisation;
  onDeleted(): void;
  onCancel(): void;
}) {
  const m = useMessages(organisationMessages);
  const { format } = useI18n();
  return (
    <ConfirmDeleteForm
      question={format(m.deleteQuestion, { name: organisation.name })}
      labels={m}
      remove={() => invoke('organisations.delete', { id: organisation.id })}
      onDeleted={onDeleted}
      onCancel={onCancel}
    />
  );
}
