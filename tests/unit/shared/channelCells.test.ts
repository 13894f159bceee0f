import { describe, expect, it } from 'vitest';
import { normaliseLabel, parseKind, parsePlatform, parseStatus, parseYesNo } from '../../../shared/domain/channelCells';

describe('reading pasted cells', () => {
  it('normalises labels: no case, accents, spaces or punctuation', () => {
    expect(normaliseLabel('  Te Verwijderen ')).toBe('teverwijderen');
    expect(normaliseLabel('Twitter / X')).toBe('twitterx');
    expect(normaliseLabel('Niet béoordeeld')).toBe('nietbeoordeeld');
  });

  it.each([
    ['Facebook', 'facebook'],
    ['facebook', 'facebook'],
    ['Twitter / X', 'twitter'],
    ['X', 'twitter'],
    ['Google+', 'googleplus'],
    ['google plus', 'googleplus'],
    ['YouTube', 'youtube'],
    ['Webstek', 'website'],
    ['Ander', 'other'],
    ['Other', 'other'],
  ])('platform %j is %s', (text, code) => {
    expect(parsePlatform(text)).toBe(code);
  });

  it('leaves an unknown platform unrecognised', () => {
    expect(parsePlatform('MySpace')).toBeUndefined();
    expect(parsePlatform('')).toBeUndefined();
  });

  it.each([
    ['Sociale media', 'social'],
    ['sociaal', 'social'],
    ['Social media', 'social'],
    ['Website', 'website'],
    ['site', 'website'],
  ])('kind %j is %s', (text, code) => {
    expect(parseKind(text)).toBe(code);
  });

  it.each([
    ['Actief', 'active'],
    ['actief', 'active'],
    ['Passive', 'passive'],
    ['Slapend', 'dormant'],
    ['slapend ', 'dormant'],
    ['Te verwijderen', 'to_remove'],
    ['to_remove', 'to_remove'],
    ['Verwijderd', 'removed'],
    ['Niet beoordeeld', null],
    ['onbekend', null],
    ['', null],
  ])('status %j is %s', (text, code) => {
    expect(parseStatus(text)).toBe(code);
  });

  it('leaves an unknown status unrecognised (undefined, not null)', () => {
    expect(parseStatus('half actief')).toBeUndefined();
  });

  it.each([
    ['ja', true],
    ['Ja', true],
    ['x', true],
    ['1', true],
    ['yes', true],
    ['nee', false],
    ['No', false],
    ['0', false],
    ['', null],
    ['?', null],
    ['onbekend', null],
  ])('yes/no %j is %s', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });

  it('leaves other text unrecognised', () => {
    expect(parseYesNo('misschien')).toBeUndefined();
  });
});
