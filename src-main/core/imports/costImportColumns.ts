import { COST_IMPORT_FIELDS, type CostImportField } from '../../../shared/domain/costImport';
import type { ImportFieldSet } from './columnMapping';
import { NOTES_HEADERS, ORGANISATION_HEADERS } from './commonHeaders';
import { headerMatcher } from './headerMatching';

/**
 * The columns of a finance spreadsheet, as finance lists and bookkeeping exports name them.
 * "Bedrag incl. btw" is the amount (the longer name wins over "incl. btw"); a bare "BTW" column
 * is left unmapped, because it usually holds the VAT amount or rate, not "included: yes/no".
 */
const SYNONYMS: Record<CostImportField, readonly string[]> = {
  description: ['omschrijving', 'beschrijving', 'kostenpost', 'onderwerp', 'wat', 'description', 'item', 'subject', 'cost item'],
  channel: ['kanaal', 'kanaalnaam', 'naam kanaal', 'kanaal of website', 'website', 'url', 'channel', 'channel name'],
  organisation: ORGANISATION_HEADERS,
  category: [
    'categorie',
    'soort kost',
    'kostensoort',
    'kostsoort',
    'type kost',
    'soort',
    'type',
    'category',
    'cost category',
    'cost type',
    'kind of cost',
  ],
  amount: [
    'bedrag',
    'bedrag eur',
    'bedrag euro',
    'bedrag in euro',
    'bedrag incl btw',
    'bedrag excl btw',
    'bedrag inclusief btw',
    'bedrag exclusief btw',
    'kostprijs',
    'kost',
    'prijs',
    'amount',
    'amount eur',
    'amount incl vat',
    'amount excl vat',
    'cost',
    'price',
  ],
  vatIncluded: [
    'btw inbegrepen',
    'incl btw',
    'inclusief btw',
    'btw inbegrepen ja nee',
    'vat included',
    'incl vat',
    'including vat',
  ],
  startDate: [
    'datum',
    'factuurdatum',
    'startdatum',
    'begindatum',
    'van',
    'vanaf',
    'date',
    'invoice date',
    'start date',
    'start',
    'from',
  ],
  endDate: ['einddatum', 'tot', 'tot en met', 't e m', 'end date', 'end', 'until', 'to'],
  recurrence: ['herhaling', 'frequentie', 'periodiciteit', 'terugkerend', 'recurrence', 'frequency', 'repeats', 'recurring'],
  supplier: ['leverancier', 'leveranciersnaam', 'firma', 'supplier', 'vendor'],
  reference: [
    'referentie',
    'factuurnummer',
    'factuurnr',
    'factuur',
    'bestelbon',
    'bestelbonnummer',
    'bestelnummer',
    'reference',
    'invoice',
    'invoice number',
    'purchase order',
    'order number',
  ],
  notes: NOTES_HEADERS,
};

export const COST_IMPORT_COLUMNS: ImportFieldSet<CostImportField> = {
  fields: COST_IMPORT_FIELDS,
  rowsOf: { nl: 'kosten', en: 'costs' },
  headers: headerMatcher<CostImportField>({ synonyms: SYNONYMS }),
};
