import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../http/domain-error.ts';
import { proposeMapping } from './mapping.ts';
import { cellText } from './parse-value.ts';
import { detectFormat, readPartnerFile } from './read-partner-file.ts';
import type { ColumnMapping } from './tables.ts';
import type { FileFormat } from './vocabulary.ts';

// Partners' files wait in a temporary folder under the data folder between their upload and their
// import, and are deleted as soon as the import is processed (or abandoned for a day).

const UPLOAD_ID = /^[0-9a-f-]{36}$/;
const ABANDONED_MS = 24 * 60 * 60 * 1000;

/** The folder of files waiting for their import. */
export function uploadFolder(dataDir: string): string {
  return path.resolve(dataDir, 'imports-en-attente');
}

/** A file received, not yet imported. */
export interface StoredUpload {
  readonly uploadId: string;
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly format: FileFormat;
}

/** The path of a waiting upload, refusing anything that is not one of ours. */
export function uploadPath(folder: string, uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) {
    throw new DomainError('fichier_illisible', 'Fichier déposé inconnu : déposez-le à nouveau.');
  }
  return path.join(folder, `${uploadId}.fichier`);
}

/**
 * Writes an incoming stream to the upload folder while computing its SHA-256, in bounded memory.
 * Refuses (and deletes) a file over `maxBytes` or empty.
 */
export async function storeUpload(
  folder: string,
  input: Readable,
  maxBytes: number,
): Promise<StoredUpload> {
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const uploadId = randomUUID();
  const target = uploadPath(folder, uploadId);
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        callback(
          new DomainError(
            'fichier_illisible',
            `Fichier trop volumineux : la limite est de ${Math.round(maxBytes / 1024 / 1024)} Mo.`,
          ),
        );
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(input, meter, createWriteStream(target, { mode: 0o600 }));
    if (bytes === 0) throw new DomainError('fichier_illisible', 'Le fichier déposé est vide.');
    return {
      uploadId,
      path: target,
      sha256: hash.digest('hex'),
      bytes,
      format: await detectFormat(target),
    };
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
}

/** What the importer shows before running: the header, the first rows and a proposed mapping. */
export interface FilePreview {
  readonly format: FileFormat;
  readonly header: string[];
  readonly rows: string[][];
  readonly mapping: ColumnMapping;
}

/** Reads the header and the first `count` rows of a stored file (stops reading after them). */
export async function previewFile(
  filePath: string,
  format: FileFormat,
  saved: ColumnMapping | undefined,
  count = 5,
): Promise<FilePreview> {
  let header: string[] | undefined;
  const rows: string[][] = [];
  try {
    for await (const row of readPartnerFile(filePath, format)) {
      const cells = row.cells.map(cellText);
      if (header === undefined) header = cells.map((cell) => cell.trim());
      else rows.push(cells);
      if (rows.length >= count) break;
    }
  } catch (error) {
    throw new DomainError(
      'fichier_illisible',
      `Fichier illisible (${format.toUpperCase()}) : ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (header === undefined || header.every((name) => name === '')) {
    throw new DomainError('fichier_illisible', 'Le fichier n’a pas de ligne d’en-tête.');
  }
  return { format, header, rows, mapping: proposeMapping(header, saved) };
}

/** Deletes uploads older than a day that no import took (a closed browser tab). */
export async function purgeAbandonedUploads(folder: string, now = Date.now()): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (info !== undefined && now - info.mtimeMs > ABANDONED_MS) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
