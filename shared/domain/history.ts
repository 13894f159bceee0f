/** Undo and redo, built on the change log: each user action is one batch, one step. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What the next undo / redo would touch, e.g. "3 kanalen: status", for the button's label. */
  undoDescription: string | null;
  redoDescription: string | null;
}
