import { defineMessages, useI18n, useMessages } from '../i18n/i18n';
import type { History } from './useHistory';

const historyMessages = defineMessages({
  nl: {
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    undoWhat: 'Ongedaan maken: {what}',
    redoWhat: 'Opnieuw: {what}',
  },
  en: {
    undo: 'Undo',
    redo: 'Redo',
    undoWhat: 'Undo: {what}',
    redoWhat: 'Redo: {what}',
  },
});

/**
 * The undo and redo buttons of a page's toolbar, over `useHistory`. The undo steps are the
 * register's (not the page's), so every page shows the same two buttons; the tooltip names the
 * step a button takes back or does again. Without a wrapper: each toolbar groups them its own way.
 */
export function HistoryButtons({ history }: { history: History }) {
  const m = useMessages(historyMessages);
  const { format } = useI18n();
  const { state } = history;
  return (
    <>
      <button
        type="button"
        disabled={!state?.canUndo}
        title={state?.undoDescription ? format(m.undoWhat, { what: state.undoDescription }) : undefined}
        onClick={() => void history.undo()}
      >
        {m.undo}
      </button>
      <button
        type="button"
        disabled={!state?.canRedo}
        title={state?.redoDescription ? format(m.redoWhat, { what: state.redoDescription }) : undefined}
        onClick={() => void history.redo()}
      >
        {m.redo}
      </button>
    </>
  );
}
