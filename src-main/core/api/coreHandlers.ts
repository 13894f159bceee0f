import type { CoreMethod } from '../../../shared/api/contract';
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
import type { HandlerMap } from './handlerTypes';

/** Every method the core serves; the adapters add the host methods (file dialogs). */
export function createCoreHandlers(session: RegisterSession): HandlerMap<CoreMethod> {
  return {
    ...registerHandlers(session),
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
  } satisfies HandlerMap<CoreMethod>;
}
