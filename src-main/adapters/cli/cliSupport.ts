import { readFileSync, statSync } from 'node:fs';
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

/** The adapter reads the file; the core only ever gets its bytes (as from the browser). */
export function readImportBytes(file: string): Buffer {
  try {
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES) {
      const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
      throw new CommandFailed(
        `Het bestand ${file} is ${mb(size)}; het maximum is ${mb(MAX_IMPORT_BYTES)}.`,
        `The file ${file} is ${mb(size)}; the maximum is ${mb(MAX_IMPORT_BYTES)}.`,
      );
    }
    return readFileSync(file);
  } catch (error) {
    if (error instanceof CommandFailed) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CommandFailed(`Het bestand ${file} bestaat niet.`, `The file ${file} does not exist.`);
    throw new CommandFailed(
      `Het bestand ${file} kan niet gelezen worden (${code ?? 'fout'}).`,
      `The file ${file} cannot be read (${code ?? 'error'}).`,
    );
  }
}

export function formatProblem(problem: ImportProblem): string[] {
  return [`  ${problem.message}`, `    ${problem.messageEn}`];
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
