import { useId, useState } from 'react';
import type { Budget } from '../../../../shared/domain/budget';
import type { BudgetComparison } from '../../../../shared/domain/costOverview';
import { COST_CATEGORY_LABELS, labelsFor } from '../../../../shared/domain/labels';
import { invoke } from '../../../api/client';
import { ConfirmDeleteForm } from '../../../components/ConfirmDeleteForm';
import { EditDeleteButtons } from '../../../components/EditDeleteButtons';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { ModalDialog } from '../../../components/ModalDialog';
import { useAfterChange } from '../../../components/useAfterChange';
import { HistoryButtons } from '../../../components/HistoryButtons';
import { useHistory } from '../../../components/useHistory';
import { formatEuroCents } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import { NumberColumnHeaders } from '../../growth/NumberColumnHeaders';
import { useQuery } from '../../growth/useQuery';
import { BudgetDifference } from '../overview/BudgetDifference';
import { BudgetForm } from './BudgetForm';
import { scopeText } from './budgetScope';
import { budgetMessages, type BudgetMessages } from './messages';

/**
 * The budgets of the chosen years with what was actually spent: add, edit and delete, each one
 * undo step (the buttons here and Ctrl+Z / Ctrl+Y undo and redo them).
 */
export function BudgetsSection({
  fromYear,
  toYear,
  comparisons,
  generation,
  reloadKey,
  onChanged,
}: {
  fromYear: number;
  toYear: number;
  /** Actual cost per budget, from the overview (null while it loads). */
  comparisons: BudgetComparison[] | null;
  generation: number;
  reloadKey: string;
  onChanged(): void;
}) {
  const m = useMessages(budgetMessages);
  const { format, language } = useI18n();
  const categoryLabels = labelsFor(COST_CATEGORY_LABELS, language);
  const baseId = useId();
  const addButtonId = `${baseId}-add`;
  const editButtonId = (id: string) => `${baseId}-edit-${id}`;
  const list = useQuery('budgets.list', { fromYear, toYear }, reloadKey);
  const history = useHistory(generation, onChanged);
  const { status, afterChange } = useAfterChange<BudgetMessages>(list, () => {
    history.refresh();
    onChanged();
  });
  // undefined: no dialog; null: a new budget.
  const [editing, setEditing] = useState<Budget | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Budget | null>(null);

  const budgets = [...(list.value ?? [])].sort((a, b) => a.year - b.year || nameOf(a).localeCompare(nameOf(b), 'nl'));
  const actualOf = new Map((comparisons ?? []).map((comparison) => [comparison.budgetId, comparison]));
  function nameOf(budget: Budget): string {
    const category = budget.category ? categoryLabels[budget.category] : m.allCategories;
    return `${budget.year}, ${scopeText(budget, m, format)}, ${category}`;
  }

  return (
    <div className="costs-budgets">
      <p className="hint">{m.intro}</p>
      <div className="costs-toolbar">
        <button type="button" id={addButtonId} className="primary" onClick={() => setEditing(null)}>
          {m.add}
        </button>
        <HistoryButtons history={history} />
      </div>
      <p className="entity-status" role="status">
        {status ? format(status.template(m), { name: status.name }) : null}
      </p>
      <ErrorMessage error={list.error ?? history.error} />

      {list.value && budgets.length === 0 ? (
        <p className="costs-empty">{m.none}</p>
      ) : (
        <table className="grid entity-table costs-table budgets-table" aria-busy={list.loading}>
          <caption>{format(m.caption, { from: fromYear, to: toYear })}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.year}</th>
              <th scope="col">{m.columns.scope}</th>
              <th scope="col">{m.columns.category}</th>
              <NumberColumnHeaders labels={[m.columns.budget, m.columns.actual, m.columns.difference]} />
              <th scope="col">{m.columns.notes}</th>
              <th scope="col">{m.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {budgets.map((budget) => {
              const comparison = actualOf.get(budget.id);
              return (
                <tr key={budget.id}>
                  <th scope="row">{budget.year}</th>
                  <td>{scopeText(budget, m, format)}</td>
                  <td>{budget.category ? categoryLabels[budget.category] : m.allCategories}</td>
                  <td className="number">{formatEuroCents(budget.amountCents)}</td>
                  <td className="number">{comparison ? formatEuroCents(comparison.actualCents) : m.unknownActual}</td>
                  <td className="number">
                    {comparison ? <BudgetDifference cents={comparison.differenceCents} /> : m.unknownActual}
                  </td>
                  <td className="budget-notes">{budget.notes ?? ''}</td>
                  <EditDeleteButtons
                    name={format(m.rowName, { year: budget.year, scope: scopeText(budget, m, format) })}
                    editButtonId={editButtonId(budget.id)}
                    labels={m}
                    onEdit={() => setEditing(budget)}
                    onDelete={() => setDeleting(budget)}
                  />
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list.loading && !list.value ? <p className="table-status">{m.loading}</p> : null}

      <ModalDialog title={editing ? m.editTitle : m.addTitle} open={editing !== undefined} onClose={() => setEditing(undefined)}>
        {editing !== undefined ? (
          <BudgetForm
            key={editing?.id ?? 'new'}
            budget={editing}
            defaultYear={toYear}
            generation={generation}
            onCancel={() => setEditing(undefined)}
            onSaved={(saved) => {
              const added = editing === null;
              setEditing(undefined);
              afterChange((mm) => (added ? mm.added : mm.saved), nameOf(saved), editButtonId(saved.id));
            }}
          />
        ) : null}
      </ModalDialog>

      <ModalDialog title={m.deleteTitle} open={deleting !== null} onClose={() => setDeleting(null)}>
        {deleting ? (
          <ConfirmDeleteForm
            key={deleting.id}
            question={format(m.deleteQuestion, { name: nameOf(deleting) })}
            labels={m}
            remove={() => invoke('budgets.delete', { ids: [deleting.id] })}
            onCancel={() => setDeleting(null)}
            onDeleted={() => {
              setDeleting(null);
              afterChange((mm) => mm.deleted, nameOf(deleting), addButtonId);
            }}
          />
        ) : null}
      </ModalDialog>
    </div>
  );
}
