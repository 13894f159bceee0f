import { defineMessages } from '../../i18n/i18n';

export const snapshotsPanelMessages = defineMessages({
  nl: {
    title: 'Laatste tellingen',
    caption: 'De laatste tellingen van dit kanaal, nieuwste eerst',
    none: 'Nog geen tellingen.',
    date: 'Datum',
    count: 'Aantal',
    source: 'Bron',
    enter: 'Tellingen invoeren',
    growth: 'Groei bekijken',
  },
  en: {
    title: 'Latest counts',
    caption: "This channel's latest counts, newest first",
    none: 'No counts yet.',
    date: 'Date',
    count: 'Count',
    source: 'Source',
    enter: 'Enter counts',
    growth: 'View growth',
  },
});
