import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Method, Output } from '../../../shared/api/contract';
import { MAX_IMPORT_BYTES, type ImportProblem } from '../../../shared/domain/spreadsheetImport';
import { DomainError } from '../../core/errors';

/** What a command prints to and reads from; tests pass their own. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** Asks a question on the terminal and returns the answer; absent when there is no terminal (no TTY). */
  ask?: (question: string) => Promise<string>;
}

/** A contract method called through the dispatcher; a refusal is thrown as CommandFailed. */
export type Call = <M extends Method>(method: M, input: unknown) => Promise<Output<M>>;

/** A refusal to report in Dutch and English (exit code 1). */
export class CommandFailed extends Error {
  constructor(
    readonly messageNl: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
  }
}

/** A core call outside the contract: its refusal is reported like a refused method. */
export function asCommand<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DomainError) throw new CommandFailed(error.messageNl, error.messageEn);
    throw error;
  }
}

/**
 * The adapter reads the file; the core only ever gets its bytes (as from the browser). A file
 * past MAX_IMPORT_BYTES is refused from its size before it is read, and the read itself stops one
 * chunk past the limit, so a file that grows meanwhile (or a pipe, which has no size) is never
 * held whole either.
 */
export function readImportBytes(file: string): Buffer {
  const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
  const tooLarge = (sizeNl: string, sizeEn = sizeNl) =>
    new CommandFailed(
      `Het bestand ${file} is ${sizeNl}; het maximum is ${mb(MAX_IMPORT_BYTES)}. Verdeel de lijst over kleinere bestanden of bewaar ze als CSV.`,
      `The file ${file} is ${sizeEn}; the maximum is ${mb(MAX_IMPORT_BYTES)}. Split the list into smaller files or save it as CSV.`,
    );
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CommandFailed(`${file} is een map, geen bestand.`, `${file} is a folder, not a file.`);
    if (stat.size > MAX_IMPORT_BYTES) throw tooLarge(mb(stat.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1024 * 1024);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > MAX_IMPORT_BYTES) throw tooLarge(`groter dan ${mb(MAX_IMPORT_BYTES)}`, `larger than ${mb(MAX_IMPORT_BYTES)}`);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof CommandFailed) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CommandFailed(`Het bestand ${file} bestaat niet.`, `The file ${file} does not exist.`);
    if (code === 'EACCES' || code === 'EPERM') {
      throw new CommandFailed(
        `Het bestand ${file} mag niet gelezen worden (geen toegang).`,
        `The file ${file} may not be read (permission denied).`,
      );
    }
    throw new CommandFailed(
      `Het bestand ${file} kan niet gelezen worden (${code ?? 'fout'}).`,
      `The file ${file} cannot be read (${code ?? 'error'}).`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function formatProblem(problem: ImportProblem): string[] {
  return [`  ${problem.message}`, `    ${problem.messageEn}`];
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
