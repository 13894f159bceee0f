import type { backupsContract } from '../../../shared/api/backupsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

export function backupsHandlers(session: RegisterSession): HandlerMap<keyof typeof backupsContract> {
  return {
    'backups.list': ({ path }) => session.listBackups(path),
    'backups.create': () => session.backupNow('manual'),
    'backups.restore': ({ backupId, sourcePath, targetPath }) => session.restore({ backupId, sourcePath, targetPath }),
    'register.checkIntegrity': () => session.checkIntegrity(),
  };
}
