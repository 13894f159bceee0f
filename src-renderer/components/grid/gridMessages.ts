import { defineMessages } from '../../i18n/i18n';

/** The words every editable grid uses; each page adds its own (title, new-row hint, help). */
export const gridMessages = defineMessages({
  nl: {
    selectRow: 'Selecteer',
    details: 'Details van',
    loadingRow: 'laden…',
    editLabel: '{column} van {row} bewerken',
    sortBy: 'Sorteer op {column}',
    sortAscending: 'oplopend',
    sortDescending: 'aflopend',
    pasteProblems: '{count} regels niet toegepast:',
    pasteLine: 'Regel {row}, {field}: {message}',
    close: 'Sluiten',
  },
  en: {
    selectRow: 'Select',
    details: 'Details of',
    loadingRow: 'loading…',
    editLabel: 'Edit {column} of {row}',
    sortBy: 'Sort by {column}',
    sortAscending: 'ascending',
    sortDescending: 'descending',
    pasteProblems: '{count} lines not applied:',
    pasteLine: 'Line {row}, {field}: {message}',
    close: 'Close',
  },
});
