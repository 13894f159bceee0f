import type { CoreMethod } from '../../../shared/api/contract';
import { backupsHandlers } from '../backups/backupsHandlers';
import { campaignsHandlers } from '../campaigns/campaignsHandlers';
import { changeLogHandlers } from '../changeLog/changeLogHandlers';
import { channelsHandlers } from '../channels/channelsHandlers';
import { costOverviewHandlers } from '../costOverview/costOverviewHandlers';
import { costsHandlers } from '../costs/costsHandlers';
import { exportsHandlers } from '../exports/exportsHandlers';
import { noteTemplateHandlers } from '../exports/noteTemplateHandlers';
import { growthHandlers } from '../growth/growthHandlers';
import { historyHandlers } from '../history/historyHandlers';
import { costImportsHandlers } from '../imports/costImportsHandlers';
import { importsHandlers } from '../imports/importsHandlers';
import { organisationsHandlers } from '../organisations/organisationsHandlers';
import { peopleHandlers } from '../people/peopleHandlers';
import { registerHandlers } from '../register/registerHandlers';
import { reviewHandlers } from '../review/reviewHandlers';
import type { RegisterSession } from '../register/registerSession';
import { snapshotImportsHandlers } from '../snapshotImports/snapshotImportsHandlers';
import { snapshotsHandlers } from '../snapshots/snapshotsHandlers';
import { viewsHandlers } from '../views/viewsHandlers';
import type { Handler, HandlerMap } from './handlerTypes';

/** Every method the core serves; the adapters add the host methods (file dialogs). */
export function createCoreHandlers(session: RegisterSession): HandlerMap<CoreMethod> {
  return explainReadOnlyWrites(session, {
    ...registerHandlers(session),
    ...backupsHandlers(session),
    ...channelsHandlers(session),
    ...organisationsHandlers(session),
    ...peopleHandlers(session),
    ...changeLogHandlers(session),
    ...historyHandlers(session),
    ...viewsHandlers(session),
    ...importsHandlers(session),
    ...snapshotsHandlers(session),
    ...snapshotImportsHandlers(session),
    ...growthHandlers(session),
    ...campaignsHandlers(session),
    ...costsHandlers(session),
    ...costOverviewHandlers(session),
    ...costImportsHandlers(session),
    ...exportsHandlers(session),
    ...noteTemplateHandlers(session),
    ...reviewHandlers(session),
  } satisfies HandlerMap<CoreMethod>);
}

/**
 * A register opened read-only (another instance holds it) refuses every write inside SQLite;
 * this turns that refusal into REGISTER_READ_ONLY saying who holds it, for every handler at once,
 * so no write handler needs to know about locks.
 */
function explainReadOnlyWrites(session: RegisterSession, handlers: HandlerMap<CoreMethod>): HandlerMap<CoreMethod> {
  const wrapped: Partial<Record<CoreMethod, Handler<CoreMethod>>> = {};
  for (const [method, handler] of Object.entries(handlers) as Array<[CoreMethod, Handler<CoreMethod>]>) {
    wrapped[method] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        throw session.translateError(error);
      }
    };
  }
  return wrapped as HandlerMap<CoreMethod>;
}
