import type { CostEditableField, CostLinePatch } from '../../../../shared/domain/cost';
import { parseCostCategory, parseRecurrence } from '../../../../shared/domain/costCells';
import { parseYesNo } from '../../../../shared/domain/channelCells';
import { parseDayText } from '../../../../shared/domain/dayText';
import { EURO_PARSE_MESSAGES, parseEuro } from '../../../../shared/domain/money';

export type CellReading = { ok: true; patch: CostLinePatch } | { ok: false; message: string; messageEn: string };

const refuse = (message: string, messageEn: string): CellReading => ({ ok: false, message, messageEn });

/**
 * One edited cell of the cost grid as the patch the core expects: an amount typed as
 * "1.234,56" becomes cents, a date typed dd/mm/jjjj becomes ISO, '' empties an optional field.
 * A value the line cannot hold is refused here with the reason, and nothing is sent.
 */
export function readCostCell(field: CostEditableField, text: string): CellReading {
  const value = text.trim();
  switch (field) {
    case 'amountCents': {
      const parsed = parseEuro(value);
      if (!parsed.ok) return refuse(EURO_PARSE_MESSAGES[parsed.reason].nl, EURO_PARSE_MESSAGES[parsed.reason].en);
      return { ok: true, patch: { amountCents: parsed.cents } };
    }
    case 'startDate': {
      if (value === '') return refuse('De datum mag niet leeg zijn.', 'The date must not be empty.');
      const iso = parseDayText(value);
      return iso ? { ok: true, patch: { startDate: iso } } : refuseDate(value);
    }
    case 'endDate': {
      if (value === '') return { ok: true, patch: { endDate: null } };
      const iso = parseDayText(value);
      return iso ? { ok: true, patch: { endDate: iso } } : refuseDate(value);
    }
    case 'category': {
      const category = parseCostCategory(value);
      return category
        ? { ok: true, patch: { category } }
        : refuse(`"${value}" is geen categorie van kosten.`, `"${value}" is not a cost category.`);
    }
    case 'recurrence': {
      const recurrence = parseRecurrence(value);
      return recurrence
        ? { ok: true, patch: { recurrence } }
        : refuse(
            `"${value}" is geen herhaling (eenmalig, maandelijks, per kwartaal, jaarlijks).`,
            `"${value}" is not a recurrence (once, monthly, quarterly, yearly).`,
          );
    }
    case 'vatIncluded': {
      const vat = parseYesNo(value);
      return vat === undefined
        ? refuse(`"${value}" is geen ja, nee of onbekend.`, `"${value}" is not yes, no or unknown.`)
        : { ok: true, patch: { vatIncluded: vat } };
    }
    // Chosen from a list: the id, or '' for none.
    case 'channelId':
      return { ok: true, patch: { channelId: value === '' ? null : value } };
    case 'organisationId':
      return { ok: true, patch: { organisationId: value === '' ? null : value } };
    case 'description':
    case 'supplier':
    case 'reference':
    case 'notes':
      return { ok: true, patch: { [field]: value === '' ? null : value } };
  }
}

function refuseDate(value: string): CellReading {
  return refuse(
    `"${value}" is geen bestaande dag: schrijf dd/mm/jjjj, bijvoorbeeld 01/03/2014.`,
    `"${value}" is not a real day: write dd/mm/yyyy, for example 01/03/2014.`,
  );
}
