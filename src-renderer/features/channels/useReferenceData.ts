import { useCallback, useEffect, useState } from 'react';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Person } from '../../../shared/domain/person';
import { invoke } from '../../api/client';

/** Organisations and people for the selects and filters of the grid. */
export function useReferenceData(generation: number) {
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [people, setPeople] = useState<Person[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void Promise.all([invoke('organisations.list', {}), invoke('people.list', {})]).then(([orgs, persons]) => {
      if (cancelled) return;
      if (orgs.ok) setOrganisations(orgs.value);
      if (persons.ok) setPeople(persons.value);
    });
    return () => {
      cancelled = true;
    };
  }, [generation, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { organisations, people, reload };
}
