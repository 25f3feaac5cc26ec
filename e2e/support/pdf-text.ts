// The text a PDF shows: every `<hex> Tj` and `[<hex> kerning <hex>…] TJ` (PDFKit writes these) of
// its (deflated) content streams, decoded from WinAnsi. Enough to check what the person's copy
// says, without a PDF parser.
import { inflateSync } from 'node:zlib';

// WinAnsi is Latin-1 except 0x80–0x9F (Node's TextDecoder may lack it without full ICU).
const WIN_ANSI_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: Buffer): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_80_9F[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

export function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let data = Buffer.from(match[1]!, 'latin1');
    try {
      data = inflateSync(data);
    } catch {
      // Not deflated: read as is.
    }
    for (const shown of data.toString('latin1').matchAll(/<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ/g)) {
      const hex =
        shown[1] ?? [...shown[2]!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]).join('');
      lines.push(decodeWinAnsi(Buffer.from(hex, 'hex')));
    }
  }
  return lines.join(' ');
}
