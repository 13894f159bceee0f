import { readFileSync } from 'node:fs';
import { SaxesParser } from 'saxes';
import { IMPORT_LIMITS } from '../../src-main/core/imports/importLimits';
import { readZipDirectory, verifyZipEntries } from '../../src-main/core/imports/zipInspection';

/**
 * Reads a written .docx back the way a test should: the zip through the app's own checked zip
 * reader (every part inflated and its checksum verified), the XML through a real parser
 * (saxes, exceljs's parser), into a small element tree the assertions walk.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element. */
  text: string;
}

/** Every part of the package by name, unpacked (from a file, or from its bytes). */
export async function readDocxParts(source: string | Buffer): Promise<Map<string, Buffer>> {
  const bytes = typeof source === 'string' ? readFileSync(source) : source;
  const entries = readZipDirectory(bytes, IMPORT_LIMITS);
  const parts = new Map<string, Buffer[]>();
  await verifyZipEntries(bytes, entries, (entry) => {
    const chunks: Buffer[] = [];
    parts.set(entry.name, chunks);
    return (chunk) => chunks.push(Buffer.from(chunk));
  });
  return new Map([...parts].map(([name, chunks]) => [name, Buffer.concat(chunks)]));
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    open[open.length - 1]!.children.push(element);
    open.push(element);
  });
  parser.on('closetag', () => void open.pop());
  parser.on('text', (text) => {
    open[open.length - 1]!.text += text;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/** Every element named `name` under `root` (root included), in document order. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    if (element.name === name) found.push(element);
    element.children.forEach(walk);
  };
  walk(root);
  return found;
}

/** The text of an element's w:t runs, joined. */
export function textOf(element: XmlElement): string {
  return findAll(element, 'w:t')
    .map((t) => t.text)
    .join('');
}

/** The text of every paragraph (w:p) under `root`, in order. */
export function paragraphTexts(root: XmlElement): string[] {
  return findAll(root, 'w:p').map(textOf);
}

/** A written .docx (a path or its bytes): its parts and word/document.xml parsed. */
export async function readDocx(
  source: string | Buffer,
): Promise<{ parts: Map<string, Buffer>; document: XmlElement; xml: (part: string) => XmlElement }> {
  const parts = await readDocxParts(source);
  const xml = (part: string) => {
    const bytes = parts.get(part);
    if (!bytes) throw new Error(`missing part ${part}`);
    return parseXml(bytes.toString('utf8'));
  };
  return { parts, document: xml('word/document.xml'), xml };
}
