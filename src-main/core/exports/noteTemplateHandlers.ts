import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function noteTemplateHandlers(
  session: RegisterSession,
): HandlerMap<'exports.noteTemplate.get' | 'exports.noteTemplate.save'> {
  return {
    'exports.noteTemplate.get': () => session.require().noteTemplate.get(),
    'exports.noteTemplate.save': ({ note }) => session.require().noteTemplate.save(note),
  };
}
