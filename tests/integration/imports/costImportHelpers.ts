import ExcelJS from 'exceljs';
import { CostImportService } from '../../../src-main/core/imports/costImportService';
import type { Register } from '../../../src-main/core/register/register';

export function costImportService(register: Register): CostImportService {
  return new CostImportService(() => register);
}

/**
 * The channels a finance list names: two organisations; "Cultuur" on Facebook (Cultuurcentrum)
 * and on Twitter (Stad Mechelen), told apart by organisation; "Jeugd" twice in one organisation,
 * told apart only by address.
 */
export function addCostOwners(register: Register) {
  const stad = register.organisations.create({ name: 'Stad Mechelen', kind: 'stadsdienst' });
  const cultuurcentrum = register.organisations.create({ name: 'Cultuurcentrum', kind: 'agb' });
  const channel = (
    name: string,
    platform: 'facebook' | 'twitter' | 'instagram' | 'website',
    url: string,
    organisationId: string,
  ) => register.channels.create({ kind: platform === 'website' ? 'website' : 'social', platform, name, url, organisationId });
  return {
    stad,
    cultuurcentrum,
    stadsbestuur: channel('Stadsbestuur Mechelen', 'facebook', 'https://www.facebook.com/stadmechelen', stad.id),
    site: channel('Website stad', 'website', 'https://www.mechelen.be', stad.id),
    cultuurFacebook: channel('Cultuur', 'facebook', 'https://www.facebook.com/cultuurcentrummechelen', cultuurcentrum.id),
    cultuurTwitter: channel('Cultuur', 'twitter', 'https://twitter.com/cultuurmechelen', stad.id),
    jeugdFacebook: channel('Jeugd', 'facebook', 'https://www.facebook.com/jeugdmechelen', stad.id),
    jeugdInstagram: channel('Jeugd', 'instagram', 'https://www.instagram.com/jeugdmechelen', stad.id),
  };
}

/** A one-sheet workbook written with exceljs: real numbers, real dates (give them as Date.UTC) and text. */
export async function workbook(sheetName: string, rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Text as Excel's "CSV (;)" on a Belgian Windows writes it: Windows-1252, where € is byte 0x80. */
export function windows1252(text: string): Buffer {
  return Buffer.from(text.replace(/€/g, '\x80'), 'latin1');
}

/** Live cost lines straight from SQLite, with their owner's name, in the order they were written. */
export function costLinesInRegister(register: Register) {
  return register.db
    .prepare(
      `SELECT l.description, c.name AS channelName, o.name AS organisationName, l.category, l.amount_cents AS amountCents,
              l.vat_included AS vatIncluded, l.start_date AS startDate, l.end_date AS endDate, l.recurrence,
              l.supplier, l.reference, l.notes
         FROM cost_lines l
         LEFT JOIN channels c ON c.id = l.channel_id
         LEFT JOIN organisations o ON o.id = l.organisation_id
        WHERE l.deleted_at IS NULL ORDER BY l.created_at, l.rowid`,
    )
    .all() as Array<Record<string, unknown>>;
}
