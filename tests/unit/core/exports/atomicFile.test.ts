import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../../../src-main/core/exports/atomicFile';
import { tempDir, useTempDirs } from '../../../helpers/tempRegister';

useTempDirs();

describe('writeFileAtomically', () => {
  it('puts the finished file in place and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'kanalen.csv');
    await writeFileAtomically(target, (path) => writeFile(path, 'Naam;Volgers\r\n'));
    expect(readFileSync(target, 'utf8')).toBe('Naam;Volgers\r\n');
    expect(readdirSync(dir)).toEqual(['kanalen.csv']);
  });

  it('keeps the previous file untouched and removes the half-written one when the writer fails', async () => {
    const dir = tempDir();
    const target = join(dir, 'kanalen.xlsx');
    writeFileSync(target, 'vorige versie');
    await expect(
      writeFileAtomically(target, async (path) => {
        await writeFile(path, 'half');
        throw new Error('schijf vol');
      }),
    ).rejects.toThrow('schijf vol');
    expect(readFileSync(target, 'utf8')).toBe('vorige versie');
    expect(readdirSync(dir)).toEqual(['kanalen.xlsx']);
  });

  it('creates nothing when the writer fails before writing', async () => {
    const dir = tempDir();
    const target = join(dir, 'nota.docx');
    await expect(writeFileAtomically(target, () => Promise.reject(new Error('stop')))).rejects.toThrow('stop');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
