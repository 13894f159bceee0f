import { z } from 'zod';
import { isoDate, plainText } from './fields';

/**
 * The texts of a college note ("collegenota") in the shape of the 2014 decision: header,
 * Motivering with its six parts, Besluit with numbered articles, signatures. Kept in the
 * register as its template (exports.noteTemplate.*), edited per export in the dialog.
 * Plain text only: paragraphs are separated by a blank line; nothing is read as markup.
 */
const text = (max: number) => plainText(max);

export const collegeNoteSchema = z
  .object({
    /** "Stad Mechelen" */
    city: text(200),
    /** "College van burgemeester en schepenen" */
    body: text(200),
    meetingDate: isoDate.nullable(),
    /** "Aanwezig: ..." block, as typed. */
    present: text(5000),
    /** Agenda point number, e.g. "62". */
    agendaNumber: text(20),
    /** "ICT. Schriftelijke vraag ... digitale aanwezigheid ..." */
    title: text(1000),
    voorgeschiedenis: text(20_000),
    feitenEnContext: text(50_000),
    juridischeGrond: text(20_000),
    adviezen: text(20_000),
    argumentatie: text(50_000),
    financieleGevolgen: text(20_000),
    /** Besluit: one entry per article ("Artikel 1", "Artikel 2", ... are numbered by the export). */
    articles: z.array(text(10_000)).max(50),
    /** Signature block, e.g. "Namens het college\nDe stadssecretaris\n...\nDe burgemeester\n...". */
    signature: text(2000),
  })
  .strict();
export type CollegeNote = z.infer<typeof collegeNoteSchema>;
