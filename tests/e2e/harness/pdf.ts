// Reads a PDF printed by Chromium into the text of each page (with pdf.js), so a test can check which page
// each table row landed on.

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  readonly text: string;
  /** Baseline height above the page's bottom edge, in PDF points. */
  readonly y: number;
}

export async function pdfPages(pdf: Buffer): Promise<{ height: number; items: PdfTextItem[] }[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: { height: number; items: PdfTextItem[] }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if ('str' in item && item.str.trim() !== '') items.push({ text: item.str.trim(), y: item.transform[5] as number });
    }
    pages.push({ height: page.view[3]! - page.view[1]!, items });
  }
  await doc.destroy();
  return pages;
}
