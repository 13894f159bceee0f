import type { reviewContract } from '../../../shared/api/reviewContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function reviewHandlers(session: RegisterSession): HandlerMap<keyof typeof reviewContract> {
  return {
    'review.run': ({ referenceDate }) => session.require().review.run(referenceDate),
    'review.decide': (input) => session.require().review.decide(input),
    'review.settings.get': () => session.require().review.settings.get(),
    'review.settings.save': ({ settings }) => session.require().review.settings.save(settings),
    'review.recommendations': () => session.require().review.recommendations(),
    'review.draftArticles': () => session.require().review.draftArticles(),
  };
}
