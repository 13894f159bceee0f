import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Opens an exported file the way a reader does: LibreOffice headless converts it to PDF (it
 * fails on a file it cannot open), poppler reads the PDF's text back. .ci/run installs both
 * (libreoffice-writer, libreoffice-calc, poppler-utils).
 *
 * Every conversion gets its own LibreOffice profile: two conversions sharing one (tests running
 * in parallel) lock each other out and fail for reasons that have nothing to do with the file.
 */
export function convertToPdf(file: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'kanalenregister-lo-'));
  let output: string;
  try {
    output = execFileSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file],
      { encoding: 'utf8', stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, `${basename(file, extname(file))}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}: ${output}`);
  return pdf;
}

/** The PDF's text in reading order, no-break and other spaces made plain spaces. */
export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

export function pdfPageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}
