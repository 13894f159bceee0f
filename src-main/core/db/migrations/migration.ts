import { createHash } from 'node:crypto';

/** A numbered schema step. Its SQL is fixed once released: the checksum proves a file saw the same step. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}
