import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { writeFileAtomically } from '../core/exports/atomicFile';

/**
 * Moves a prepared export to where the user chose to save it. A rename when both are on the same
 * disk; across disks (a USB stick, a network share) rename fails with EXDEV, so the file is copied
 * next to the target and renamed into place (never half a file at the target), then removed here.
 */
export async function moveFile(source: string, target: string): Promise<void> {
  try {
    renameSync(source, target);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  await writeFileAtomically(target, async (temporaryPath) => copyFileSync(source, temporaryPath));
  rmSync(source, { force: true });
}
