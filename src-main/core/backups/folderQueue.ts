import { resolve } from 'node:path';

/** The last backup started per register folder in this process; removed again when the chain runs dry. */
const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier work on the same folder has finished (succeeded or failed), so two
 * backups of one register (the daily one in the background, a manual one, the one before a restore)
 * never write into its folder at the same time, nor clean up each other's half-made copy.
 */
export function inFolderQueue<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const key = resolve(dir);
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
