import {
  COST_IMPORT_FIELDS,
  type CostImportField,
  type CostImportPreview,
  type CostImportResult,
} from '../../../../shared/domain/costImport';
import { invoke } from '../../../api/client';
import { ModalDialog } from '../../../components/ModalDialog';
import { formatEuroCents, formatNumber } from '../../../format/nlBE';
import { useI18n, useMessages } from '../../../i18n/i18n';
import type { ImportMethods } from '../../import/importFlowTypes';
import { ImportFlowView } from '../../import/ImportFlowView';
import { useImportFlow } from '../../import/useImportFlow';
import { costImportMessages } from './messages';

const METHODS: ImportMethods<CostImportField, CostImportPreview, CostImportResult> = {
  preview: (request) => invoke('imports.costs.preview', request),
  commit: (request) => invoke('imports.costs.commit', request),
};

/**
 * Import a finance spreadsheet as cost lines, with the channel import's steps: choose the file,
 * check the preview (sheet, encoding, mapping, problems per sheet, row and column, the total of
 * the valid rows to compare with finance's), import the valid rows as one undo step. Mounted
 * while open; `onImported` lets the cost views reload.
 */
export function ImportCostsDialog({ onClose, onImported }: { onClose(): void; onImported(): void }) {
  const m = useMessages(costImportMessages);
  const { format } = useI18n();
  const flow = useImportFlow<CostImportField, CostImportPreview, CostImportResult>(METHODS, onImported);
  const count = (one: string, many: string, n: number) => (n === 1 ? one : format(many, { count: formatNumber(n) }));
  return (
    <ModalDialog title={m.title} open onClose={onClose}>
      <ImportFlowView
        flow={flow}
        intro={m.intro}
        fields={COST_IMPORT_FIELDS}
        fieldLabels={m.fields}
        summary={(preview) => (
          <div>
            <dt>{m.validAmount}</dt>
            <dd className="number">{formatEuroCents(preview.validAmountCents)}</dd>
          </div>
        )}
        resultLines={(result) => [
          count(m.createdOne, m.created, result.created),
          ...(result.skipped > 0 ? [count(m.skippedOne, m.skipped, result.skipped)] : []),
        ]}
        resultHint={m.undoHint}
        onClose={onClose}
      />
    </ModalDialog>
  );
}
