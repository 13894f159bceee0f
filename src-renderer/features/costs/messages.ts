import { defineMessages } from '../../i18n/i18n';

/** The Kosten page itself: its sections and the choice of period and allocation they share. */
export const costsMessages = defineMessages({
  nl: {
    title: 'Kosten',
    intro:
      'De gekende kosten van websites en sociale-mediakanalen: per kanaal of gedeeld door een organisatie, met budgetten, overzichten en grafieken.',
    sections: 'Onderdelen van de pagina Kosten',
    tabs: {
      lines: 'Kostenlijnen',
      overview: 'Overzicht',
      budgets: 'Budgetten',
      charts: 'Grafieken',
      unknown: 'Kosten onbekend',
    },
    unknownTab: 'Kosten onbekend ({count})',
    // period and allocation
    period: 'Periode',
    fromYear: 'Van jaar',
    toYear: 'Tot en met jaar',
    yearInvalid: 'Geef een jaar tussen 1990 en 2200.',
    toBeforeFrom: 'Het eindjaar ligt vóór het beginjaar.',
    rangeTooLong: 'Kies een periode van hoogstens 50 jaar.',
    asOf: 'Lopende kosten tellen tot en met',
    asOfHint: 'dd/mm/jjjj',
    invalidDate: 'Geen geldige datum: schrijf dd/mm/jjjj, bijvoorbeeld 31/12/2014.',
    allocation: 'Gedeelde kosten (van een organisatie)',
    loading: 'Bezig met laden…',
  },
  en: {
    title: 'Costs',
    intro:
      'The known costs of websites and social media channels: per channel or shared by an organisation, with budgets, overviews and charts.',
    sections: 'Parts of the Costs page',
    tabs: {
      lines: 'Cost lines',
      overview: 'Overview',
      budgets: 'Budgets',
      charts: 'Charts',
      unknown: 'Cost unknown',
    },
    unknownTab: 'Cost unknown ({count})',
    period: 'Period',
    fromYear: 'From year',
    toYear: 'Up to and including year',
    yearInvalid: 'Enter a year between 1990 and 2200.',
    toBeforeFrom: 'The end year is before the start year.',
    rangeTooLong: 'Choose a period of at most 50 years.',
    asOf: 'Running costs count up to and including',
    asOfHint: 'dd/mm/yyyy',
    invalidDate: 'Not a valid date: write dd/mm/yyyy, for example 31/12/2014.',
    allocation: 'Shared costs (of an organisation)',
    loading: 'Loading…',
  },
});

export type CostsMessages = typeof costsMessages.nl;
