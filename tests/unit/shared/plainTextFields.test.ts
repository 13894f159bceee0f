import { describe, expect, it } from 'vitest';
import { optionalText, plainText, requiredText } from '../../../shared/domain/fields';

describe('text fields refuse invisible control characters, but not what Office puts in copied text', () => {
  it.each([
    ['a tab', 'Stad\tMechelen'],
    ['line breaks', 'regel 1\nregel 2\r\nregel 3'],
    ['accents and emoji', 'Mechelen — café 🎉'],
  ])('keeps %s', (_label, text) => {
    expect(plainText(100).parse(text)).toBe(text);
    expect(optionalText(100).parse(text)).toBe(text.trim());
  });

  it("turns Word's manual line break (vertical tab) and page break (form feed) into a line break", () => {
    expect(plainText(100).parse('regel 1\u000bregel 2\u000c')).toBe('regel 1\nregel 2\n');
    expect(optionalText(100).parse('notitie\u000c')).toBe('notitie');
    expect(requiredText(100).parse('Naam\u000c')).toBe('Naam');
  });

  it.each([
    ['a NUL', 'Naam\u0000'],
    ['a bell', '\u0007Naam'],
    ['an escape', 'Na\u001bam'],
    ['DEL', 'Naam\u007f'],
  ])('refuses %s, in required and optional fields alike', (_label, text) => {
    for (const schema of [plainText(100), requiredText(100), optionalText(100)]) {
      const result = schema.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('control_characters');
    }
  });

  it('a name of only a NUL is refused (SQLite would count it as empty)', () => {
    expect(requiredText(100).safeParse('\u0000').success).toBe(false);
  });
});
