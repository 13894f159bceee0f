import type { CostImportField } from '../../../../shared/domain/costImport';
import { defineMessages } from '../../../i18n/i18n';

/** The cost import's own words; the rest of the dialog speaks features/import/messages.ts. */
export const costImportMessages = defineMessages({
  nl: {
    title: 'Kosten importeren',
    intro:
      'Kies een Excel-bestand (.xlsx) of CSV-bestand met één kost per rij: kanaal of organisatie, categorie, bedrag en datum. Kanalen en organisaties moeten al in het register staan; de import maakt er geen aan. Er wordt niets opgeslagen tot je op Importeren klikt.',
    validAmount: 'Totaal van de rijen zonder problemen',
    created: '{count} kosten toegevoegd.',
    createdOne: '1 kost toegevoegd.',
    skipped: '{count} rijen overgeslagen.',
    skippedOne: '1 rij overgeslagen.',
    undoHint: 'De import is één stap: Ongedaan maken (Ctrl+Z) neemt hem in één keer terug.',
    fields: {
      description: 'Omschrijving',
      channel: 'Kanaal (naam of URL)',
      organisation: 'Organisatie',
      category: 'Categorie',
      amount: 'Bedrag',
      vatIncluded: 'Btw inbegrepen',
      startDate: 'Datum',
      endDate: 'Einddatum',
      recurrence: 'Herhaling',
      supplier: 'Leverancier',
      reference: 'Referentie',
      notes: 'Opmerkingen',
    } satisfies Record<CostImportField, string>,
  },
  en: {
    title: 'Import costs',
    intro:
      'Choose an Excel workbook (.xlsx) or CSV file with one cost per row: channel or organisation, category, amount and date. Channels and organisations must already be in the register; the import creates none. Nothing is saved until you click Import.',
    validAmount: 'Total of the rows without problems',
    created: '{count} costs added.',
    createdOne: '1 cost added.',
    skipped: '{count} rows skipped.',
    skippedOne: '1 row skipped.',
    undoHint: 'The import is one step: Undo (Ctrl+Z) takes it back at once.',
    fields: {
      description: 'Description',
      channel: 'Channel (name or URL)',
      organisation: 'Organisation',
      category: 'Category',
      amount: 'Amount',
      vatIncluded: 'VAT included',
      startDate: 'Date',
      endDate: 'End date',
      recurrence: 'Recurrence',
      supplier: 'Supplier',
      reference: 'Reference',
      notes: 'Notes',
    },
  },
});
