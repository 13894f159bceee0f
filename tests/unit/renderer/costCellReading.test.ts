import { describe, expect, it } from 'vitest';
import { readCostCell } from '../../../src-renderer/features/costs/lines/costCellReading';

describe('readCostCell (one edited cell of the cost grid)', () => {
  it('reads amounts as people type them into cents', () => {
    expect(readCostCell('amountCents', '1.234,56')).toEqual({ ok: true, patch: { amountCents: 123456 } });
    expect(readCostCell('amountCents', '1234.56')).toEqual({ ok: true, patch: { amountCents: 123456 } });
    expect(readCostCell('amountCents', ' € 60 ')).toEqual({ ok: true, patch: { amountCents: 6000 } });
  });

  it('refuses a bad amount with the reason in both languages', () => {
    expect(readCostCell('amountCents', '12,3456')).toEqual({
      ok: false,
      message: 'Een bedrag heeft hoogstens twee cijfers na de komma.',
      messageEn: 'An amount has at most two decimals.',
    });
    expect(readCostCell('amountCents', '')).toMatchObject({ ok: false, message: 'Het bedrag mag niet leeg zijn.' });
    expect(readCostCell('amountCents', 'zestig')).toMatchObject({ ok: false, messageEn: expect.stringMatching(/not a number/) });
  });

  it('reads dates typed dd/mm/jjjj (never month first) and refuses days that do not exist', () => {
    expect(readCostCell('startDate', '01/03/2014')).toEqual({ ok: true, patch: { startDate: '2014-03-01' } });
    expect(readCostCell('endDate', '2014-12-31')).toEqual({ ok: true, patch: { endDate: '2014-12-31' } });
    expect(readCostCell('startDate', '31/02/2014')).toMatchObject({ ok: false, message: expect.stringMatching(/dd\/mm\/jjjj/) });
    expect(readCostCell('startDate', '')).toMatchObject({ ok: false, message: 'De datum mag niet leeg zijn.' });
  });

  it('empties the optional fields with an empty cell', () => {
    expect(readCostCell('endDate', ' ')).toEqual({ ok: true, patch: { endDate: null } });
    expect(readCostCell('supplier', '')).toEqual({ ok: true, patch: { supplier: null } });
    expect(readCostCell('vatIncluded', '')).toEqual({ ok: true, patch: { vatIncluded: null } });
    expect(readCostCell('channelId', '')).toEqual({ ok: true, patch: { channelId: null } });
  });

  it('reads the choice lists by code, and by label as pasted', () => {
    expect(readCostCell('category', 'hosting')).toEqual({ ok: true, patch: { category: 'hosting' } });
    expect(readCostCell('category', 'Prijzen en acties')).toEqual({ ok: true, patch: { category: 'prizes_actions' } });
    expect(readCostCell('recurrence', 'yearly')).toEqual({ ok: true, patch: { recurrence: 'yearly' } });
    expect(readCostCell('vatIncluded', 'yes')).toEqual({ ok: true, patch: { vatIncluded: true } });
    expect(readCostCell('vatIncluded', 'no')).toEqual({ ok: true, patch: { vatIncluded: false } });
    expect(readCostCell('category', 'koffie')).toMatchObject({ ok: false, message: '"koffie" is geen categorie van kosten.' });
  });

  it('keeps text as typed, trimmed', () => {
    expect(readCostCell('description', '  Hosting 2014 ')).toEqual({ ok: true, patch: { description: 'Hosting 2014' } });
  });
});
