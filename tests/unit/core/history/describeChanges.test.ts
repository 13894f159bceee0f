import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../../../src-main/core/history/describeChanges';

const change = (entity: string, entityId: string, field: string, oldValue: unknown = null, newValue: unknown = 'x') => ({
  entity,
  entityId,
  field,
  oldValue,
  newValue,
});

describe('describeChanges (the undo button label)', () => {
  it('counts records and names the fields: "3 kanalen: status"', () => {
    expect(describeChanges(['a', 'b', 'c'].map((id) => change('channel', id, 'status')))).toEqual({
      nl: '3 kanalen: status',
      en: '3 channels: status',
    });
    expect(describeChanges([change('channel', 'a', 'name'), change('channel', 'a', 'responsiblePersonId')])).toEqual({
      nl: '1 kanaal: naam, verantwoordelijke',
      en: '1 channel: name, responsible person',
    });
  });

  it('calls new records added, without listing the fields they were created with', () => {
    const changes = [
      change('organisation', 'o', 'created', null, true),
      change('organisation', 'o', 'name'),
      change('channel', 'a', 'created', null, true),
      change('channel', 'a', 'name'),
      change('channel', 'b', 'created', null, true),
      change('channel', 'c', 'notes'),
    ];
    expect(describeChanges(changes)).toEqual({
      nl: '1 organisatie toegevoegd; 2 kanalen toegevoegd; 1 kanaal: notities',
      en: '1 organisation added; 2 channels added; 1 channel: notes',
    });
  });

  it('tells deleting from restoring', () => {
    expect(
      describeChanges([
        change('person', 'p', 'deletedAt', null, '2026-01-01T00:00:00.000Z'),
        change('savedView', 'v1', 'deletedAt', '2026-01-01T00:00:00.000Z', null),
        change('savedView', 'v2', 'deletedAt', '2026-01-01T00:00:00.000Z', null),
      ]),
    ).toEqual({ nl: '1 persoon verwijderd; 2 weergaven teruggezet', en: '1 person deleted; 2 views restored' });
  });
});
