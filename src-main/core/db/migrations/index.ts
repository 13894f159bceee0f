import { migration0001 } from './0001-init';
import { migration0002 } from './0002-inventory-editing';
import { migration0003 } from './0003-growth';
import { migration0004 } from './0004-costs';
import { migration0005 } from './0005-note-templates';
import { migration0006 } from './0006-review';
import { migration0007 } from './0007-latest-count-index';
import type { Migration } from './migration';

/** Every migration this version knows, in order. Append only; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
