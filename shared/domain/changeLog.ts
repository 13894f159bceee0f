/** One changed field, as recorded in the register's change log (audit trail, undo, sync). */
export interface ChangeEntry {
  id: string;
  /** Hybrid logical clock: sortable, unique per device, comparable across laptops. */
  hlc: string;
  at: string;
  actor: string | null;
  deviceId: string;
  batchId: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}
