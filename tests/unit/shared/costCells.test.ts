import { describe, expect, it } from 'vitest';
import { COST_CATEGORIES, RECURRENCES } from '../../../shared/domain/cost';
import { parseCostCategory, parseRecurrence } from '../../../shared/domain/costCells';
import { COST_CATEGORY_LABELS, RECURRENCE_LABELS } from '../../../shared/domain/labels';

describe('reading cost cells', () => {
  it('reads every category back from its code and its Dutch and English label', () => {
    for (const category of COST_CATEGORIES) {
      expect(parseCostCategory(category)).toBe(category);
      expect(parseCostCategory(COST_CATEGORY_LABELS[category].nl)).toBe(category);
      expect(parseCostCategory(COST_CATEGORY_LABELS[category].en)).toBe(category);
    }
  });

  it.each([
    ['prijzen en acties', 'prizes_actions'],
    ['PRIJZEN EN ACTIES', 'prizes_actions'],
    ['Wedstrijd', 'prizes_actions'],
    ['Licentie', 'licence_tool'],
    ['licence / tool', 'licence_tool'],
    ['software', 'licence_tool'],
    ['Boosting', 'advertising'],
    ['advertenties', 'advertising'],
    ['Domeinnaam', 'domain_name'],
    ['domain name', 'domain_name'],
    ['webhosting', 'hosting'],
    ['Personeelstijd', 'staff_time'],
    ['technische   implementatie', 'technical_implementation'],
    ['Créatie', 'creation'],
    ['overige', 'other'],
  ])('category %j is %s', (text, code) => {
    expect(parseCostCategory(text)).toBe(code);
  });

  it('leaves unknown or empty categories unrecognised', () => {
    expect(parseCostCategory('Catering')).toBeUndefined();
    expect(parseCostCategory('')).toBeUndefined();
  });

  it('reads every recurrence back from its code and labels; blank is a one-off', () => {
    for (const recurrence of RECURRENCES) {
      expect(parseRecurrence(recurrence)).toBe(recurrence);
      expect(parseRecurrence(RECURRENCE_LABELS[recurrence].nl)).toBe(recurrence);
      expect(parseRecurrence(RECURRENCE_LABELS[recurrence].en)).toBe(recurrence);
    }
    expect(parseRecurrence('')).toBe('once');
    expect(parseRecurrence('  ')).toBe('once');
  });

  it.each([
    ['eenmalig', 'once'],
    ['per maand', 'monthly'],
    ['Maand', 'monthly'],
    ['driemaandelijks', 'quarterly'],
    ['kwartaal', 'quarterly'],
    ['per jaar', 'yearly'],
    ['JAARLIJKS', 'yearly'],
    ['annual', 'yearly'],
  ])('recurrence %j is %s', (text, code) => {
    expect(parseRecurrence(text)).toBe(code);
  });

  it('leaves recurrences it does not know unrecognised rather than guessing', () => {
    expect(parseRecurrence('wekelijks')).toBeUndefined();
    expect(parseRecurrence('om de twee jaar')).toBeUndefined();
  });
});
