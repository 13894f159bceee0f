import { ModalDialog } from '../../components/ModalDialog';
import { useI18n, useMessages } from '../../i18n/i18n';
import { channelsMessages } from './channelsMessages';
import type { useColumnLayout } from './useColumnLayout';

/** Show, hide and reorder columns with the keyboard (checkboxes and up/down buttons). */
export function ColumnsDialog({
  open,
  layout,
  onClose,
}: {
  open: boolean;
  layout: ReturnType<typeof useColumnLayout>;
  onClose(): void;
}) {
  const m = useMessages(channelsMessages);
  const { format } = useI18n();
  return (
    <ModalDialog title={m.columnsTitle} open={open} onClose={onClose}>
      <ul className="columns-list">
        {layout.allColumns.map((column, index) => {
          const title = m.columns[column.id] ?? column.id;
          return (
            <li key={column.id}>
              <label>
                <input
                  type="checkbox"
                  checked={layout.isVisible(column.id)}
                  disabled={column.id === 'name'}
                  onChange={(event) => layout.setVisible(column.id, event.target.checked)}
                />{' '}
                {title}
              </label>
              <span className="move-buttons">
                <button
                  type="button"
                  aria-label={format(m.moveUp, { column: title })}
                  disabled={index === 0}
                  onClick={() => layout.move(column.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={format(m.moveDown, { column: title })}
                  disabled={index === layout.allColumns.length - 1}
                  onClick={() => layout.move(column.id, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {m.close}
        </button>
      </div>
    </ModalDialog>
  );
}
