import { useEffect, useId, useMemo, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../../shared/api/result';
import { budgetFieldsSchema, type Budget, type BudgetFields, type BudgetPatch } from '../../../../shared/domain/budget';
import { COST_CATEGORIES, type CostCategory } from '../../../../shared/domain/cost';
import { COST_CATEGORY_LABELS, labelsFor } from '../../../../shared/domain/labels';
import { centsToEditText, EURO_PARSE_MESSAGES, parseEuro } from '../../../../shared/domain/money';
import { describeIssues } from '../../../../shared/domain/validationMessages';
import { invoke } from '../../../api/client';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SaveCancelActions } from '../../../components/SaveCancelActions';
import { formatEuroCents } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { ChannelChecklist, type PickedChannel } from '../../growth/ChannelChecklist';
import { useQuery } from '../../growth/useQuery';
import { organisationOptions } from '../../organisations/organisationTree';
import { problemsAtFields, problemsOf, type BudgetFormField, type FieldErrors } from './budgetProblems';
import { BUDGET_SCOPES, scopeOf, type BudgetScope } from './budgetScope';
import { budgetMessages } from './messages';

/** The order in which the form's fields come, to put the focus on the first one that is wrong. */
const FIELD_ORDER: BudgetFormField[] = ['year', 'channel', 'organisation', 'category', 'amount', 'notes'];

/** A new budget (`budget` null) or the edit of one: every problem is said at its field, in both languages. */
export function BudgetForm({
  budget,
  defaultYear,
  generation,
  onSaved,
  onCancel,
}: {
  budget: Budget | null;
  defaultYear: number;
  generation: number;
  onSaved(saved: Budget): void;
  onCancel(): void;
}) {
  const m = useMessages(budgetMessages);
  const { format, language } = useI18n();
  const categoryLabels = labelsFor(COST_CATEGORY_LABELS, language);
  const baseId = useId();
  const idOf = (field: BudgetFormField) => `${baseId}-${field}`;
  const [yearText, setYearText] = useState(String(budget?.year ?? defaultYear));
  const [scope, setScope] = useState<BudgetScope>(budget ? scopeOf(budget) : 'register');
  const [channels, setChannels] = useState<PickedChannel[]>([]);
  const [organisationId, setOrganisationId] = useState(budget?.organisationId ?? '');
  const [category, setCategory] = useState<CostCategory | ''>(budget?.category ?? '');
  const [amountText, setAmountText] = useState(budget ? centsToEditText(budget.amountCents) : '');
  const [notes, setNotes] = useState(budget?.notes ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // "1.234" is a thousand euro, not 1,23: saying how the amount reads catches a surprise before it is saved.
  const amountRead = parseEuro(amountText);
  const organisationsList = useQuery('organisations.list', {}, generation);
  const organisations = useMemo(() => organisationOptions(organisationsList.value ?? []), [organisationsList.value]);

  // The budget's channel as the picker shows it (the budget keeps its id and name only).
  useEffect(() => {
    const channelId = budget?.channelId;
    if (!channelId) return;
    let cancelled = false;
    void invoke('channels.get', { id: channelId }).then((answer) => {
      if (cancelled) return;
      setChannels([
        answer.ok
          ? { id: channelId, name: answer.value.name, platform: answer.value.platform, organisationName: null }
          : { id: channelId, name: budget.scopeName ?? channelId, platform: '', organisationName: null },
      ]);
    });
    return () => {
      cancelled = true;
    };
  }, [budget]);

  const fieldsToSave = (): { fields: BudgetFields | null; found: FieldErrors } => {
    const found: FieldErrors = {};
    const year = /^\s*\d{4}\s*$/.test(yearText) ? Number(yearText) : null;
    if (year === null) found.year = { nl: budgetMessages.nl.yearInvalid, en: budgetMessages.en.yearInvalid };
    const channelId = scope === 'channel' ? (channels[0]?.id ?? null) : null;
    if (scope === 'channel' && !channelId)
      found.channel = { nl: budgetMessages.nl.channelRequired, en: budgetMessages.en.channelRequired };
    if (scope === 'organisation' && !organisationId)
      found.organisation = { nl: budgetMessages.nl.organisationRequired, en: budgetMessages.en.organisationRequired };
    const amount = parseEuro(amountText);
    if (!amount.ok) found.amount = EURO_PARSE_MESSAGES[amount.reason];
    if (Object.keys(found).length > 0 || year === null || !amount.ok) return { fields: null, found };
    const fields: BudgetFields = {
      year,
      channelId,
      organisationId: scope === 'organisation' ? organisationId : null,
      category: category || null,
      amountCents: amount.cents,
      notes: notes.trim() || null,
    };
    // The contract's own rules (year range, amount range) with its own words.
    const parsed = budgetFieldsSchema.safeParse(fields);
    if (!parsed.success) return { fields: null, found: problemsAtFields(describeIssues(parsed.error.issues)) };
    return { fields, found };
  };

  const focusFirst = (found: FieldErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (!first) return;
    // The channel picker has no single input: its search field takes the focus.
    const target =
      document.getElementById(idOf(first)) ?? document.getElementById(`${idOf(first)}-group`)?.querySelector('input');
    target?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const { fields, found } = fieldsToSave();
    setErrors(found);
    if (!fields) {
      focusFirst(found);
      return;
    }
    const patch = budget ? changedFields(budget, fields) : null;
    if (budget && patch && Object.keys(patch).length === 0) {
      onSaved(budget);
      return;
    }
    setBusy(true);
    const result =
      budget && patch ? await invoke('budgets.update', { id: budget.id, patch }) : await invoke('budgets.create', { fields });
    setBusy(false);
    if (result.ok) {
      onSaved(result.value);
      return;
    }
    const atFields = problemsAtFields(problemsOf(result.error));
    setErrors(atFields);
    // Shown at the fields when the core names them; otherwise above the buttons.
    setError(Object.keys(atFields).length > 0 ? null : result.error);
    focusFirst(atFields);
  };

  // A problem is said until its field is changed; the next save checks again.
  const clearError = (field: BudgetFormField) =>
    setErrors((current) => {
      if (!current[field]) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  const fieldError = (field: BudgetFormField) => {
    const problem = errors[field];
    return problem ? (
      <span id={`${idOf(field)}-error`} className="field-error" role="alert">
        {problem[language]}
      </span>
    ) : null;
  };
  /** What every control of the form carries: its id, value and problem (with its hint), and a change that clears the problem. */
  const controlOf = (name: BudgetFormField, value: string, set: (value: string) => void, hintId?: string) => ({
    id: idOf(name),
    value,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': [hintId, errors[name] ? `${idOf(name)}-error` : null].filter(Boolean).join(' ') || undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      set(event.target.value);
      clearError(name);
    },
  });
  const field = (name: BudgetFormField, label: string, control: ReactNode) => (
    <div className="field">
      <label htmlFor={idOf(name)}>{label}</label>
      {control}
      {fieldError(name)}
    </div>
  );

  return (
    <form className="entity-form budget-form" onSubmit={submit} noValidate>
      {field(
        'year',
        m.fields.year,
        <input
          type="number"
          className="year-input"
          min={1990}
          max={2200}
          step={1}
          {...controlOf('year', yearText, setYearText)}
        />,
      )}

      <fieldset className="budget-scope">
        <legend>{m.fields.scope}</legend>
        {BUDGET_SCOPES.map((value) => (
          <div className="field field-check" key={value}>
            <input
              id={`${baseId}-scope-${value}`}
              type="radio"
              name={`${baseId}-scope`}
              checked={scope === value}
              onChange={() => setScope(value)}
            />
            <label htmlFor={`${baseId}-scope-${value}`}>{m.scopes[value]}</label>
          </div>
        ))}
      </fieldset>

      {scope === 'channel' ? (
        <div className="budget-channel" id={`${idOf('channel')}-group`}>
          <ChannelChecklist
            chosen={channels}
            onChange={(next) => {
              setChannels(next);
              clearError('channel');
            }}
            max={1}
            generation={generation}
            legend={m.fields.channel}
          />
          {fieldError('channel')}
        </div>
      ) : null}

      {scope === 'organisation'
        ? field(
            'organisation',
            m.fields.organisation,
            <select {...controlOf('organisation', organisationId, setOrganisationId)}>
              <option value="">{m.chooseOrganisation}</option>
              {organisations.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>,
          )
        : null}

      {field(
        'category',
        m.fields.category,
        <select {...controlOf('category', category, (value) => setCategory(value as CostCategory | ''))}>
          <option value="">{m.allCategories}</option>
          {COST_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {categoryLabels[value]}
            </option>
          ))}
        </select>,
      )}

      {field(
        'amount',
        m.fields.amount,
        <>
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className="amount-input"
            {...controlOf('amount', amountText, setAmountText, `${idOf('amount')}-hint`)}
          />
          <span id={`${idOf('amount')}-hint`} className="hint">
            {amountRead.ok ? format(m.amountReads, { amount: formatEuroCents(amountRead.cents) }) : m.amountHint}
          </span>
        </>,
      )}

      {field('notes', m.fields.notes, <textarea rows={3} maxLength={2000} {...controlOf('notes', notes, setNotes)} />)}

      <ErrorMessage error={error} />
      <SaveCancelActions busy={busy} labels={m} onCancel={onCancel} />
    </form>
  );
}

/** Only what changed, so the undo step and the history name the fields that were edited. */
function changedFields(budget: Budget, fields: BudgetFields): BudgetPatch {
  const patch: BudgetPatch = {};
  if (fields.year !== budget.year) patch.year = fields.year;
  if ((fields.channelId ?? null) !== budget.channelId) patch.channelId = fields.channelId ?? null;
  if ((fields.organisationId ?? null) !== budget.organisationId) patch.organisationId = fields.organisationId ?? null;
  if ((fields.category ?? null) !== budget.category) patch.category = fields.category ?? null;
  if (fields.amountCents !== budget.amountCents) patch.amountCents = fields.amountCents;
  if ((fields.notes ?? null) !== budget.notes) patch.notes = fields.notes ?? null;
  return patch;
}
