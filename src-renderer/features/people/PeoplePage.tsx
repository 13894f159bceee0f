import { useId, useMemo, useState } from 'react';
import type { ChannelList } from '../../../shared/domain/channel';
import type { Person } from '../../../shared/domain/person';
import { EditDeleteButtons } from '../../components/EditDeleteButtons';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ModalDialog } from '../../components/ModalDialog';
import { useAfterChange } from '../../components/useAfterChange';
import { formatNumber } from '../../format/nlBE';
import { useI18n, useMessages } from '../../i18n/i18n';
import { useInvoke, useReloadKey } from '../organisations/useInvoke';
import { peopleMessages, type PeopleMessages } from './messages';
import { AddPersonForm, DeletePersonForm, EditPersonForm } from './PersonForms';
import '../organisations/organisations.css';
import './people.css';

/** The largest page channels.list gives; a bigger register goes without the per-person count. */
const COUNT_LIMIT = 5000;

/** Channels per responsible person, from one list call; null when the register is too big for that. */
function countPerPerson(list: ChannelList | null): Map<string, number> | null {
  if (!list || list.total > list.rows.length) return null;
  const counts = new Map<string, number>();
  for (const row of list.rows) {
    if (row.responsiblePersonId) counts.set(row.responsiblePersonId, (counts.get(row.responsiblePersonId) ?? 0) + 1);
  }
  return counts;
}

export function PeoplePage({ generation }: { generation: number }) {
  const m = useMessages(peopleMessages);
  const { format } = useI18n();
  const [reloadKey, reload] = useReloadKey(generation);
  const list = useInvoke('people.list', {}, reloadKey);
  const organisationList = useInvoke('organisations.list', {}, reloadKey);
  const channelList = useInvoke('channels.list', { limit: COUNT_LIMIT }, reloadKey);
  const people = useMemo(() => list.value ?? [], [list.value]);
  const organisations = useMemo(() => organisationList.value ?? [], [organisationList.value]);
  const organisationNames = useMemo(() => new Map(organisations.map((o) => [o.id, o.name])), [organisations]);
  const counts = useMemo(() => countPerPerson(channelList.value), [channelList.value]);
  const inactiveCount = people.filter((p) => !p.active).length;

  const [editing, setEditing] = useState<Person | null>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);
  const headingId = useId();
  const baseId = useId();
  const addNameId = `${baseId}-add-name`;
  const nameCellId = (id: string) => `${baseId}-name-${id}`;
  const editButtonId = (id: string) => `${baseId}-edit-${id}`;

  const { status, afterChange } = useAfterChange<PeopleMessages>(list, reload);

  const onDeleted = (person: Person) => {
    const index = people.findIndex((p) => p.id === person.id);
    const rest = people.filter((p) => p.id !== person.id);
    const neighbour = rest[Math.min(index, rest.length - 1)];
    setDeleting(null);
    afterChange((mm) => mm.deleted, person.name, neighbour ? nameCellId(neighbour.id) : addNameId);
  };

  const columnCount = counts ? 8 : 7;
  return (
    <section aria-labelledby={headingId} className="people-page">
      <div className="page-header">
        <h1 id={headingId}>{m.title}</h1>
        {list.value ? (
          <p className="muted">
            {people.length === 1
              ? m.summaryOne
              : format(m.summary, { count: formatNumber(people.length), inactive: formatNumber(inactiveCount) })}
          </p>
        ) : null}
      </div>

      <AddPersonForm
        nameId={addNameId}
        organisations={organisations}
        onAdded={(created) => afterChange((mm) => mm.add.added, created.name, nameCellId(created.id))}
      />

      <p className="entity-status" role="status">
        {status ? format(status.template(m), { name: status.name }) : null}
      </p>
      <ErrorMessage error={list.error ?? organisationList.error} />

      <div className="table-wrap">
        <table className="grid entity-table people-table" aria-busy={list.loading}>
          <caption className="visually-hidden">{m.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.name}</th>
              <th scope="col">{m.columns.email}</th>
              <th scope="col">{m.columns.phone}</th>
              <th scope="col">{m.columns.organisation}</th>
              <th scope="col">{m.columns.role}</th>
              <th scope="col">{m.columns.status}</th>
              {counts ? (
                <th scope="col" className="number">
                  {m.columns.channels}
                </th>
              ) : null}
              <th scope="col">{m.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} className={person.active ? undefined : 'person-inactive'}>
                <th scope="row" id={nameCellId(person.id)} tabIndex={-1}>
                  {person.name}
                </th>
                <td className="person-email">{person.email ?? ''}</td>
                <td className="person-phone">{person.phone ?? ''}</td>
                <td>{person.organisationId ? (organisationNames.get(person.organisationId) ?? '') : ''}</td>
                <td>{person.role ?? ''}</td>
                <td>
                  <span className={person.active ? 'person-status' : 'person-status person-status-left'}>
                    {person.active ? m.active : m.inactive}
                  </span>
                </td>
                {counts ? <td className="number">{formatNumber(counts.get(person.id) ?? 0)}</td> : null}
                <EditDeleteButtons
                  name={person.name}
                  editButtonId={editButtonId(person.id)}
                  labels={m}
                  onEdit={() => setEditing(person)}
                  onDelete={() => setDeleting(person)}
                />
              </tr>
            ))}
            {list.value && people.length === 0 ? (
              <tr>
                <td colSpan={columnCount} className="table-status">
                  {m.empty}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {list.loading && !list.value ? <p className="table-status">{m.loading}</p> : null}

      <ModalDialog title={m.editTitle} open={editing !== null} onClose={() => setEditing(null)}>
        {editing ? (
          <EditPersonForm
            key={editing.id}
            person={editing}
            organisations={organisations}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              const leftNow = editing.active && !saved.active;
              afterChange((mm) => (leftNow ? mm.savedInactive : mm.saved), saved.name, editButtonId(saved.id));
            }}
          />
        ) : null}
      </ModalDialog>

      <ModalDialog title={m.deleteTitle} open={deleting !== null} onClose={() => setDeleting(null)}>
        {deleting ? (
          <DeletePersonForm
            key={deleting.id}
            person={deleting}
            onCancel={() => setDeleting(null)}
            onDeleted={() => onDeleted(deleting)}
          />
        ) : null}
      </ModalDialog>
    </section>
  );
}
