import { IdentityEncoder, normaliseIdentity } from '@znr/linkage';
import { packEncodings } from './encodings.ts';
import { CANONICAL_FIELD_NAMES } from './fields.ts';
import { planMapping, proposeMapping, type MappingPlan } from './mapping.ts';
import { cellText } from './parse-value.ts';
import { detectFormat, readPartnerFile } from './read-partner-file.ts';
import { rowIdentity, validateRow } from './validate-row.ts';

/** Counts of a scanned file. */
export interface ScanResult {
  rows: number;
  valid: number;
  rejected: number;
  encoded: number;
  encodedBytes: number;
}

/**
 * Reads a partner's file as an import does (recognised French headers, every field allowed),
 * validates every row and pseudonymises the first `encodeRows` valid ones under a throw-away key,
 * without a database: what `npm run bench:import` measures for memory on very large files.
 */
export async function scanPartnerFile(filePath: string, encodeRows: number): Promise<ScanResult> {
  const format = await detectFormat(filePath);
  const encoder = new IdentityEncoder(new Uint8Array(32).fill(7));
  const result: ScanResult = { rows: 0, valid: 0, rejected: 0, encoded: 0, encodedBytes: 0 };
  let plan: MappingPlan | undefined;
  for await (const { line, cells } of readPartnerFile(filePath, format)) {
    if (plan === undefined) {
      const header = cells.map((cell) => cellText(cell).trim());
      plan = planMapping(header, proposeMapping(header), CANONICAL_FIELD_NAMES);
      continue;
    }
    const outcome = validateRow(line, cells, plan, format);
    if (outcome.kind === 'vide') continue;
    result.rows++;
    if (outcome.kind === 'rejetee') {
      result.rejected++;
      continue;
    }
    result.valid++;
    if (result.encoded < encodeRows) {
      result.encoded++;
      result.encodedBytes += packEncodings(
        encoder.encode(normaliseIdentity(rowIdentity(outcome.row))),
      ).length;
    }
  }
  return result;
}
