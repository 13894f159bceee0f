import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CollegeNote } from '../../../shared/domain/collegeNote';
import { collegeNoteSchema } from '../../../shared/domain/collegeNote';
import { COLLEGE_NOTE_DEFAULT } from '../../../src-main/core/exports/collegeNoteDefault';
import { noteTemplateHandlers } from '../../../src-main/core/exports/noteTemplateHandlers';
import { Register } from '../../../src-main/core/register/register';
import { RegisterSession } from '../../../src-main/core/register/registerSession';
import { createTempRegister, expectDomainError, onCleanup, tempDir, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

const EDITED: CollegeNote = {
  ...COLLEGE_NOTE_DEFAULT,
  meetingDate: '2026-12-04',
  agendaNumber: '17',
  voorgeschiedenis: 'Op 3 november 2026 vroeg het college een nieuw overzicht.',
  articles: ['Het college neemt kennis van het overzicht.', 'Het college keurt de aanbevelingen goed.'],
};

function liveRows(register: Register): number {
  return register.db.prepare(`SELECT count(*) FROM note_templates WHERE deleted_at IS NULL`).pluck().get() as number;
}

describe('the college-note template in the register', () => {
  it('is the built-in default until one is saved, and that default is a valid note', () => {
    const { register } = createTempRegister();
    expect(register.noteTemplate.get()).toEqual(COLLEGE_NOTE_DEFAULT);
    expect(collegeNoteSchema.safeParse(COLLEGE_NOTE_DEFAULT).success).toBe(true);
    expect(COLLEGE_NOTE_DEFAULT).toMatchObject({
      city: 'Stad Mechelen',
      body: 'College van burgemeester en schepenen',
      title: 'Overzicht van de digitale kanalen van de Mechelse diensten en aanverwanten',
    });
    expect(COLLEGE_NOTE_DEFAULT.articles[0]).toBe(
      'Het college neemt kennis van het overzicht van de digitale kanalen in bijlage.',
    );
    expect(liveRows(register)).toBe(0);
  });

  it('saves, loads and undoes each save as one step, keeping a single row', () => {
    const { register } = createTempRegister();
    expect(register.noteTemplate.save(EDITED)).toEqual(EDITED);
    expect(register.history.state().undoDescription).toBe('1 sjabloon collegenota toegevoegd');

    const second = { ...EDITED, agendaNumber: '18', articles: [...EDITED.articles, 'Derde artikel.'] };
    register.noteTemplate.save(second);
    expect(register.noteTemplate.get()).toEqual(second);
    expect(register.history.state().undoDescription).toBe('1 sjabloon collegenota: teksten');
    // The texts are logged as an object, not as JSON text.
    const id = register.db.prepare(`SELECT id FROM note_templates`).pluck().get() as string;
    const log = register.changeLog.forEntity('noteTemplate', id);
    expect(log.find((entry) => entry.field === 'texts')!.newValue).toMatchObject({ agendaNumber: '18' });

    register.history.undo();
    expect(register.noteTemplate.get()).toEqual(EDITED);
    register.history.undo();
    expect(register.noteTemplate.get()).toEqual(COLLEGE_NOTE_DEFAULT);
    expect(liveRows(register)).toBe(0);
    register.history.redo();
    expect(register.noteTemplate.get()).toEqual(EDITED);

    // A save after an undo brings the same row back rather than adding a second one.
    register.history.undo();
    register.noteTemplate.save(second);
    expect(register.noteTemplate.get()).toEqual(second);
    expect(register.db.prepare(`SELECT count(*) FROM note_templates`).pluck().get()).toBe(1);
    register.history.undo();
    expect(register.noteTemplate.get()).toEqual(COLLEGE_NOTE_DEFAULT);
  });

  it('refuses an invalid note and writes nothing', () => {
    const { register } = createTempRegister();
    const error = expectDomainError(
      () => register.noteTemplate.save({ ...EDITED, meetingDate: '2026-02-30', extra: 'x' } as CollegeNote),
      'INVALID_INPUT',
    );
    expect(error.messageNl).toMatch(/^Ongeldige invoer/);
    expect(register.db.prepare(`SELECT count(*) FROM note_templates`).pluck().get()).toBe(0);
    expect(register.history.state().canUndo).toBe(false);
  });

  it('is still there, and still undoable, after the file is opened again', () => {
    const { register, path, author } = createTempRegister();
    register.noteTemplate.save(EDITED);
    register.close();
    const reopened = Register.open(path, author);
    onCleanup(() => reopened.close());
    expect(reopened.noteTemplate.get()).toEqual(EDITED);
    reopened.history.undo();
    expect(reopened.noteTemplate.get()).toEqual(COLLEGE_NOTE_DEFAULT);
  });

  it('keeps the fields it understands of a stored template that does not validate', () => {
    const { register } = createTempRegister();
    register.noteTemplate.save(EDITED);
    register.db
      .prepare(`UPDATE note_templates SET definition = ?`)
      .run(JSON.stringify({ ...EDITED, meetingDate: 'volgende week', articles: 'geen lijst', fromLater: true }));
    expect(register.noteTemplate.get()).toEqual({
      ...EDITED,
      meetingDate: COLLEGE_NOTE_DEFAULT.meetingDate,
      articles: COLLEGE_NOTE_DEFAULT.articles,
    });
  });

  it('answers exports.noteTemplate.get and .save through the handlers of the open register', async () => {
    const session = new RegisterSession({ dataDir: tempDir(), actor: 'tester', rememberRecent: false });
    onCleanup(() => session.close());
    const handlers = noteTemplateHandlers(session);
    expectDomainError(() => handlers['exports.noteTemplate.get']({}), 'NO_REGISTER');
    await session.create(join(tempDir(), 'nota.sqlite'));
    expect(await handlers['exports.noteTemplate.get']({})).toEqual(COLLEGE_NOTE_DEFAULT);
    expect(await handlers['exports.noteTemplate.save']({ note: EDITED })).toEqual(EDITED);
    expect(await handlers['exports.noteTemplate.get']({})).toEqual(EDITED);
  });
});
