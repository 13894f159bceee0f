import { describe, expect, it } from 'vitest';
import { exportOptionsSchema } from '../../../shared/domain/exportOptions';
import {
  choiceProblems,
  exportOptionsFor,
  initialChoice,
  lastTwelveMonths,
} from '../../../src-renderer/features/export/exportChoice';
import { draftFromNote, moveArticle, noteFromDraft } from '../../../src-renderer/features/export/noteDraft';

const VIEW = '0194fcb0-1beb-4776-a7ae-803bbc6820f7';
const NOTE = {
  city: 'Stad Mechelen',
  body: 'College van burgemeester en schepenen',
  meetingDate: '2014-09-05',
  present: '',
  agendaNumber: '62',
  title: 'ICT.',
  voorgeschiedenis: '',
  feitenEnContext: '',
  juridischeGrond: '',
  adviezen: '',
  argumentatie: '',
  financieleGevolgen: '',
  articles: ['Eerste', 'Tweede', 'Derde'],
  signature: '',
};

describe('the Export page form, turned into exports.prepare options', () => {
  it("defaults to the twelve months up to today, in the user's calendar", () => {
    expect(lastTwelveMonths(new Date(2026, 10, 25))).toEqual({ from: '2025-11-25', to: '2026-11-25' });
    expect(lastTwelveMonths(new Date(2026, 0, 1))).toEqual({ from: '2025-01-01', to: '2026-01-01' });
    expect(initialChoice(true).source).toBe('current');
    expect(initialChoice(false).source).toBe('all');
  });

  it("sends only the chosen format's options, valid for the contract", () => {
    const base = { ...initialChoice(false, new Date(2026, 10, 25)), sheets: ['costs', 'overview'] as const };
    const xlsx = exportOptionsFor({ ...base, sheets: [...base.sheets] }, null, NOTE);
    // The workbook's own sheet order, whatever order the boxes were ticked in.
    expect(xlsx).toEqual({
      format: 'xlsx',
      from: '2025-11-25',
      to: '2026-11-25',
      xlsx: { sheets: ['overview', 'costs'], growthLayout: 'wide' },
    });
    const note = exportOptionsFor({ ...base, sheets: [], format: 'docx' }, null, NOTE);
    expect(note.docx).toEqual({ variant: 'note', includeChart: true, note: NOTE });
    const tables = exportOptionsFor(
      { ...base, sheets: [], format: 'docx', docxVariant: 'tables', includeChart: false },
      null,
      NOTE,
    );
    expect(tables.docx).toEqual({ variant: 'tables', includeChart: false });
    const csv = exportOptionsFor({ ...base, sheets: [], format: 'csv', csvTable: 'costTotals' }, null, null);
    expect(csv).toEqual({ format: 'csv', from: '2025-11-25', to: '2026-11-25', csv: { table: 'costTotals' } });
    for (const options of [xlsx, note, tables, csv]) expect(exportOptionsSchema.safeParse(options).success).toBe(true);
  });

  it('sends the saved view or the handed-over query, as chosen', () => {
    const choice = initialChoice(false);
    const query = { search: 'toerisme', sort: [{ field: 'name' as const, desc: false }] };
    expect(exportOptionsFor({ ...choice, source: 'view', viewId: VIEW }, query, null)).toMatchObject({ viewId: VIEW });
    expect(exportOptionsFor({ ...choice, source: 'view', viewId: VIEW }, query, null).query).toBeUndefined();
    expect(exportOptionsFor({ ...choice, source: 'current' }, query, null)).toMatchObject({ query });
    const all = exportOptionsFor({ ...choice, viewId: VIEW }, query, null);
    expect(all.viewId).toBeUndefined();
    expect(all.query).toBeUndefined();
  });

  it('names each problem where it is shown', () => {
    const choice = initialChoice(false);
    expect(choiceProblems(choice)).toEqual({});
    expect(choiceProblems({ ...choice, source: 'view', viewId: '' })).toEqual({ view: 'viewRequired' });
    expect(choiceProblems({ ...choice, from: null, to: null })).toEqual({ from: 'dateRequired', to: 'dateRequired' });
    expect(choiceProblems({ ...choice, from: '2014-12-31', to: '2013-01-01' })).toEqual({ to: 'toBeforeFrom' });
    expect(choiceProblems({ ...choice, sheets: [] })).toEqual({ sheets: 'sheetRequired' });
    // No sheets is fine when the export is not a workbook.
    expect(choiceProblems({ ...choice, sheets: [], format: 'csv' })).toEqual({});
  });

  it('edits the articles as a list and gives the note back unchanged otherwise', () => {
    const draft = draftFromNote(NOTE);
    const keys = draft.articles.map((article) => article.key);
    expect(new Set(keys).size).toBe(3);
    const moved = moveArticle(draft.articles, 2, 0);
    expect(moved.map((article) => article.text)).toEqual(['Derde', 'Eerste', 'Tweede']);
    // Each text keeps its key, so its text area (and focus) moves with it.
    expect(moved[0]!.key).toBe(keys[2]);
    expect(noteFromDraft({ ...draft, articles: moved })).toEqual({ ...NOTE, articles: ['Derde', 'Eerste', 'Tweede'] });
    expect(noteFromDraft(draft)).toEqual(NOTE);
  });
});
