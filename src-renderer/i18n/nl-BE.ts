/** Every Dutch string of the UI. English (en.ts) must have the same keys: the type checks it. */
export const nl = {
  appTitle: 'Kanalenregister',
  skipToContent: 'Naar de inhoud',
  language: 'Taal',
  navLabel: 'Hoofdnavigatie',
  nav: {
    channels: 'Kanalen',
    organisations: 'Organisaties',
    people: 'Personen',
    counts: 'Tellingen',
    growth: 'Groei',
    costs: 'Kosten',
    export: 'Export',
  },
  register: {
    label: 'Register',
    none: 'Geen register geopend',
    sampleBadge: 'Voorbeeld',
    fictitiousBadge: 'Fictief (demo)',
    newRegister: 'Nieuw…',
    openRegister: 'Openen…',
    openSample: 'Voorbeeld openen',
    recent: 'Recent geopend',
    noRecent: 'Nog geen recente registers.',
    missing: '(bestand niet gevonden)',
    dialogNewTitle: 'Nieuw register',
    dialogOpenTitle: 'Register openen',
    pathLabel: 'Pad van het registerbestand',
    pathHint: 'Een volledig pad, of een naam: die komt in de map {dir}.',
    browse: 'Bladeren…',
    create: 'Aanmaken',
    open: 'Openen',
    cancel: 'Annuleren',
    channelCount: '{count} kanalen',
    schema: 'schema {version}',
  },
  placeholder: {
    export: 'Excel- en Word-uitvoer voor het college komen op deze pagina.',
  },
  errors: { title: 'Er ging iets mis' },
};

export type Messages = typeof nl;
