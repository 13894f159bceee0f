/**
 * Header names that mean the same column in every kind of import spreadsheet: an organisation
 * and a notes column read alike in an inventory and in a finance list, so a name added for one
 * import is recognised by both.
 */

export const ORGANISATION_HEADERS: readonly string[] = [
  'organisatie',
  'organisation',
  'organization',
  'dienst',
  'afdeling',
  'department',
  'entiteit',
  'entity',
];

export const NOTES_HEADERS: readonly string[] = [
  'opmerkingen',
  'opmerking',
  'notities',
  'notitie',
  'notes',
  'note',
  'remarks',
  'remark',
  'commentaar',
  'comments',
  'toelichting',
];
