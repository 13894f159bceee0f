import { useRef, useState } from 'react';
import { readAsBase64, type LoadedFile } from './readAsBase64';

/** What an import dialog waits for, said while it waits. */
export type Busy = 'reading' | 'previewing' | 'importing' | null;

/**
 * The steps of an import dialog wait for an answer (the file read, a preview, the import) while
 * the user may start another: choose another file, change the mapping or the channel. Only the
 * latest step's answer counts, so an old preview never shows over a newer one; `busy` says what
 * the latest step waits for.
 */
export function useImportSteps() {
  const sequence = useRef(0);
  const [busy, setBusy] = useState<Busy>(null);

  /** Drops the answers of the steps under way: what they were for is gone (another file was chosen). */
  const supersede = () => {
    sequence.current += 1;
  };

  /** Runs a step; `settle` gets its answer only if no other step started meanwhile. */
  const run = async <T>(waitsFor: NonNullable<Busy>, step: () => Promise<T>, settle: (answer: T) => void) => {
    const mine = ++sequence.current;
    setBusy(waitsFor);
    const answer = await step();
    if (mine !== sequence.current) return;
    setBusy(null);
    settle(answer);
  };

  /** Reads the chosen file as the import methods take it; `settle` gets null when the browser cannot read it. */
  const readFile = (chosen: File, settle: (loaded: LoadedFile | null) => void) =>
    run(
      'reading',
      () =>
        readAsBase64(chosen).then(
          (base64): LoadedFile => ({ name: chosen.name, base64 }),
          () => null,
        ),
      settle,
    );

  return { busy, supersede, run, readFile };
}
