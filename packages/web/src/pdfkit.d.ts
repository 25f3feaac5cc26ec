// The part of PDFKit 0.20 the person's copy uses (the package ships no type declarations; the
// DefinitelyTyped ones describe 0.17, without the browser entry points used here).
declare module 'pdfkit' {
  type StructChild = PDFStructureElement | (() => void);

  export interface PDFStructureElement {
    add(child: StructChild): PDFStructureElement;
    end(): void;
  }

  export interface PDFDocumentOptions {
    size?: string;
    margin?: number;
    tagged?: boolean;
    lang?: string;
    displayTitle?: boolean;
    pdfVersion?: '1.4' | '1.5' | '1.6' | '1.7';
    info?: { Title?: string; Subject?: string; Creator?: string; Author?: string };
  }

  export interface TextOptions {
    link?: string;
    underline?: boolean;
    width?: number;
    paragraphGap?: number;
    lineGap?: number;
    continued?: boolean;
  }

  export interface ListOptions extends TextOptions {
    structParent?: PDFStructureElement;
    bulletRadius?: number;
    textIndent?: number;
    bulletIndent?: number;
  }

  export class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    x: number;
    y: number;
    page: { width: number; height: number; margins: { left: number; right: number } };
    struct(
      type: string,
      options?: { alt?: string; lang?: string; title?: string } | StructChild | StructChild[],
      children?: StructChild | StructChild[],
    ): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    text(text: string, options?: TextOptions): this;
    list(items: string[], options?: ListOptions): this;
    moveDown(lines?: number): this;
    end(): void;
  }

  /** Registers standard fonts' metrics: browser build only (Node's reads them from its files). */
  export const registerStdFonts: ((...fonts: unknown[]) => void) | undefined;
}

declare module 'pdfkit/output' {
  import type { PDFDocument } from 'pdfkit';
  export function toBytes(document: PDFDocument): Promise<Uint8Array>;
}

declare module 'pdfkit/standard-fonts/Helvetica' {
  const font: unknown;
  export default font;
}

declare module 'pdfkit/standard-fonts/HelveticaBold' {
  const font: unknown;
  export default font;
}
