import type { snapshotsContract } from '../../../shared/api/snapshotsContract';
import type { HandlerMap } from '../api/handlerTypes';
import type { RegisterSession } from '../register/registerSession';

/** The file imports (snapshots.import*) have their own handlers in snapshotImports/. */
type SnapshotEntryMethod = Exclude<keyof typeof snapshotsContract, 'snapshots.importPreview' | 'snapshots.importCommit'>;

export function snapshotsHandlers(session: RegisterSession): HandlerMap<SnapshotEntryMethod> {
  return {
    'snapshots.forChannel': ({ channelId, limit }) => session.require().snapshots.forChannel(channelId, limit),
    'snapshots.sheet': ({ date }) => session.require().snapshots.sheet(date),
    'snapshots.save': (input) => session.require().snapshots.saveCounts(input),
    'snapshots.paste': (input) => session.require().snapshots.paste(input),
    'snapshots.delete': ({ ids }) => session.require().snapshots.delete(ids),
  };
}
