import type { snapshotsContract } from '../../../shared/api/snapshotsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';
import { SnapshotImportService } from './snapshotImportService';

type SnapshotImportMethod = Extract<keyof typeof snapshotsContract, 'snapshots.importPreview' | 'snapshots.importCommit'>;

export function snapshotImportsHandlers(session: RegisterSession): HandlerMap<SnapshotImportMethod> {
  const imports = new SnapshotImportService(() => session.require());
  return {
    'snapshots.importPreview': (input) => imports.preview(input),
    'snapshots.importCommit': (input) => imports.commit(input),
  };
}
