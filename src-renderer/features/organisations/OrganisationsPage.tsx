import { useId, useMemo, useState } from 'react';
import { labelsFor, ORGANISATION_KIND_LABELS } from '../../../shared/domain/labels';
import type { Organisation } from '../../../shared/domain/organisation';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useAfterChange } from '../../components/useAfterChange';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { organisationMessages, type OrganisationMessages } from './messages';
import { AddOrganisationForm, DeleteOrganisationForm, EditOrganisationForm } from './OrganisationForms';
import { organisationTree } from './organisationTree';
import { useInvoke, useReloadKey } from './useInvoke';
import './organisations.css';

/** The organisations of the register as a tree (stad -> departments; AGBs; EVAs; partner projects). */
export function OrganisationsPage({ generation }: { generation: number }) {
  const m = useMessages(organisationMessages);
  const { format, language } = useI18n();
  const [reloadKey, reload] = useReloadKey(generation);
  const list = useInvoke('organisations.list', {}, reloadKey);
  const organisations = useMemo(() => list.value ?? [], [list.value]);
  const groups = useMemo(() => organisationTree(organisations), [organisations]);
  const kindLabels = labelsFor(ORGANISATION_KIND_LABELS, language);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [deleting, setDeleting] = useState<Organisation | null>(null);
  const headingId = useId();
  const baseId = useId();
  const addNameId = `${baseId}-add-name`;
  const nameCellId = (id: string) => `${baseId}-name-${id}`;
  const editButtonId = (id: string) => `${baseId}-edit-${id}`;

  const { status, afterChange } = useAfterChange<OrganisationMessages>(list, reload);

  const onDeleted = (organisation: Organisation) => {
    // The focus moves to the row that takes its place (or the one above, or the add form).
    const order = groups.flatMap((group) => group.rows.map((row) => row.organisation.id)).filter((id) => id !== organisation.id);
    const index = groups.flatMap((group) => group.rows).findIndex((row) => row.organisation.id === organisation.id);
    const neighbour = order[Math.min(index, order.length - 1)];
    setDeleting(null);
    afterChange((mm) => mm.deleted, organisation.name, neighbour ? nameCellId(neighbour) : addNameId);
  };

  return (
    <section aria-labelledby={headingId} className="org-page">
      <div className="page-header">
        <h1 id={headingId}>{m.title}</h1>
        {list.value ? (
          <p className="muted">
            {organisations.length === 1 ? m.summaryOne : format(m.summary, { count: formatNumber(organisations.length) })}
          </p>
        ) : null}
      </div>

      <AddOrganisationForm
        nameId={addNameId}
        organisations={organisations}
        onAdded={(created) => afterChange((mm) => mm.add.added, created.name, nameCellId(created.id))}
      />

      <p className="entity-status" role="status">
        {status ? format(status.template(m), { name: status.name }) : null}
      </p>
      <ErrorMessage error={list.error} />

      <div className="table-wrap">
        <table className="grid entity-table org-table" aria-busy={list.loading}>
          <caption className="visually-hidden">{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.name}</th>
              <th scope="col">{m.columns.kind}</th>
              <th scope="col">{m.columns.parent}</th>
              <th scope="col" className="number">
                {m.columns.channels}
              </th>
              <th scope="col">{m.columns.notes}</th>
              <th scope="col">{m.columns.actions}</th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.kind}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={6}>
                  {m.groups[group.kind]} <span className="group-count">({formatNumber(group.rows.length)})</span>
                </th>
              </tr>
              {group.rows.map(({ organisation, depth, parent }) => (
                <tr key={organisation.id}>
                  <th
                    scope="row"
                    id={nameCellId(organisation.id)}
                    tabIndex={-1}
                    className={`org-name depth-${Math.min(depth, 5)}`}
                  >
                    {depth > 0 ? (
                      <span className="tree-branch" aria-hidden="true">
                        └{' '}
                      </span>
                    ) : null}
                    {organisation.name}
                  </th>
                  <td className="org-kind">{kindLabels[organisation.kind]}</td>
                  <td className="org-parent">
                    {parent?.name ?? (
                      <>
                        <span aria-hidden="true">{m.none}</span>
                        <span className="visually-hidden">{m.topLevelCell}</span>
                      </>
                    )}
                  </td>
                  <td className="number">{formatNumber(organisation.channelCount)}</td>
                  <td className="org-notes">{organisation.notes ?? ''}</td>
                  <EditDeleteButtons
                    name={organisation.name}
                    editButtonId={editButtonId(organisation.id)}
                    labels={m}
                    onEdit={() => setEditing(organisation)}
                    onDelete={() => setDeleting(organisation)}
                  />
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {list.loading && !list.value ? <p className="table-status">{m.loading}</p> : null}
      {list.value && organisations.length === 0 ? <p className="table-status">{m.empty}</p> : null}

      <ModalDialog title={m.editTitle} open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <EditOrganisationForm
            key={editing.id}
            organisation={editing}
            organisations={organisations}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              afterChange((mm) => mm.saved, saved.name, editButtonId(saved.id));
            }}
          />
        ) : null}
      </ModalDialog>

      <ModalDialog title={m.deleteTitle} open={deleting !== null} onClose={() => setDeleting(null)}>
        {deleting ? (
          <DeleteOrganisationForm
            key={deleting.id}
            organisation={deleting}
            onCancel={() => setDeleting(null)}
            onDeleted={() => onDeleted(deleting)}
          />
        ) : null}
      </ModalDialog>
    </section>
  );
}
