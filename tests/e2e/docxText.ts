import { paragraphTexts, readDocx } from '../helpers/docxPackage';

/**
 * The text of a downloaded .docx's body, paragraph by paragraph (empty ones left out): read
 * through the app's checked zip reader and a real XML parser (tests/helpers/docxPackage.ts).
 */
export async function documentParagraphs(docx: string | Buffer): Promise<string[]> {
  const { document } = await readDocx(docx);
  return paragraphTexts(document).filter((text) => text !== '');
}
