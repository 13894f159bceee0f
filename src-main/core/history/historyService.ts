import type Database from 'better-sqlite3';
import type { HistoryState } from '../../../shared/domain/history';
import type { ChangeLog } from '../changeLog/changeLog';
import { DomainError } from '../errors';
import type { Description } from './describeChanges';
import { HistoryJournal, type Step } from './historyJournal';
import { reverseChanges, type SkippedChange } from './reverseChanges';
import { describeSkipped } from './describeSkipped';

/** Thrown inside the reversal's transaction when nothing at all could be put back. */
class NothingReversible extends Error {
  constructor(readonly skipped: SkippedChange[]) {
    super('nothing reversible');
  }
}

/**
 * Undo and redo per device, on top of the change log. An undo writes a new batch that puts the
 * old values back; a redo writes one that puts them forward again. The change log stays
 * append-only and every step survives closing the register.
 */
export class HistoryService {
  private readonly journal: HistoryJournal;

  constructor(
    private readonly db: Database.Database,
    private readonly log: ChangeLog,
  ) {
    this.journal = new HistoryJournal(db);
  }

  state(): HistoryState {
    const undo = this.journal.nextUndo(this.log.deviceId);
    const redo = this.journal.nextRedo(this.log.deviceId);
    return {
      canUndo: undo !== null,
      canRedo: redo !== null,
      undoDescription: undo?.description.nl ?? null,
      redoDescription: redo ? this.redoDescription(redo).nl : null,
    };
  }

  /** Takes back this device's newest step; does nothing when there is none. */
  undo(): HistoryState {
    const step = this.journal.nextUndo(this.log.deviceId);
    if (step) this.reverse(step, 'undo');
    return this.state();
  }

  /** Puts back the step undone last; does nothing when there is none. */
  redo(): HistoryState {
    const step = this.journal.nextRedo(this.log.deviceId);
    if (step) this.reverse(step, 'redo');
    return this.state();
  }

  private reverse(step: Step, kind: 'undo' | 'redo'): void {
    // Undo reverses what the step currently has applied (the edit, or its last redo); redo reverses the last undo.
    const target = this.journal.latest(step.stepId, kind === 'undo' ? ['edit', 'redo'] : ['undo']);
    if (!target) throw new Error(`history step ${step.stepId} has no batch to ${kind}`);
    let skipped: SkippedChange[] = [];
    try {
      this.log.batch(
        (batch) => {
          skipped = reverseChanges(this.db, batch, this.log.forBatch(target.batchId));
          if (batch.size === 0 && skipped.length > 0) throw new NothingReversible(skipped);
          this.journal.setState(step.stepId, kind === 'undo' ? 'undone' : 'done');
        },
        {
          kind,
          stepId: step.stepId,
          reverses: target.batchId,
          describe: () => {
            const prefix = kind === 'undo' ? { nl: 'Ongedaan gemaakt', en: 'Undone' } : { nl: 'Opnieuw gedaan', en: 'Redone' };
            const note = describeSkipped(skipped);
            return {
              nl: `${prefix.nl}: ${step.description.nl}${note ? ` — ${note.nl}` : ''}`,
              en: `${prefix.en}: ${step.description.en}${note ? ` — ${note.en}` : ''}`,
              skipped: skipped.length,
            };
          },
        },
      );
    } catch (error) {
      if (!(error instanceof NothingReversible)) throw error;
      // Every change was overtaken by later work: keeping the step would block the stack forever.
      this.journal.setState(step.stepId, 'dropped');
      const note = describeSkipped(error.skipped)!;
      const verb = kind === 'undo' ? { nl: 'ongedaan gemaakt', en: 'undone' } : { nl: 'opnieuw gedaan', en: 'redone' };
      throw new DomainError(
        'CONFLICT',
        `Niets ${verb.nl}: alles wat "${step.description.nl}" wijzigde, is intussen opnieuw gewijzigd (${note.nl}). Deze stap is uit de geschiedenis gehaald.`,
        `Nothing ${verb.en}: everything "${step.description.en}" changed has been changed again since (${note.en}). This step was removed from the history.`,
        { stepId: step.stepId, skipped: error.skipped },
      );
    }
  }

  /** The step's text, with a note when its undo had to leave changes alone (redo puts back only the rest). */
  private redoDescription(step: Step): Description {
    const undo = this.journal.latest(step.stepId, ['undo']);
    if (!undo || undo.skipped === 0) return step.description;
    const nl = undo.skipped === 1 ? '1 wijziging' : `${undo.skipped} wijzigingen`;
    const en = undo.skipped === 1 ? '1 change' : `${undo.skipped} changes`;
    return {
      nl: `${step.description.nl} (zonder ${nl}: intussen gewijzigd)`,
      en: `${step.description.en} (without ${en}: changed since)`,
    };
  }
}
