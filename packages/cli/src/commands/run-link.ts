import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { finished } from 'node:stream/promises';
import {
  describeColumns,
  IdentityFileError,
  link,
  readIdentities,
  type LinkProgress,
} from '@znr/linkage';

const STAGES: Readonly<Record<LinkProgress['stage'], string>> = {
  normalisation: 'Lecture et normalisation',
  blocking: 'Recherche des paires',
  comparison: 'Comparaison des paires',
  training: 'Apprentissage (EM)',
  assignment: 'Affectation',
};

/** The options of `znr link`, as commander gives them. */
export interface LinkCommandOptions {
  readonly left: string;
  readonly right: string;
  readonly output: string;
  readonly threshold: string;
  readonly threads?: string;
  readonly quality?: string;
}

/** Links the two files and writes the pairs (and the quality figures if asked). */
export async function runLink(options: LinkCommandOptions) {
  const threshold = Number(options.threshold);
  if (!(threshold > 0 && threshold < 1)) {
    throw new IdentityFileError(
      `--threshold : « ${options.threshold} » n'est pas une probabilité entre 0 et 1 exclus.`,
    );
  }
  const threads =
    options.threads === undefined
      ? undefined
      : options.threads === 'auto'
        ? availableParallelism()
        : Number(options.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    throw new IdentityFileError(
      `--threads : « ${options.threads} » n'est pas un nombre entier supérieur ou égal à 1.`,
    );
  }
  const verbose = process.stderr.isTTY;
  const onColumns =
    (file: string) =>
    (header: readonly string[], columns: Parameters<typeof describeColumns>[1]) => {
      // On its own line, over the progress line it interrupts (\x1b[2K clears that line).
      if (verbose) process.stderr.write(`\r\x1b[2K${file} : ${describeColumns(header, columns)}\n`);
    };
  // Files stream through normalisation: a raw row is never kept once normalised.
  const left = readIdentities(options.left, { onColumns: onColumns(options.left) });
  const right = readIdentities(options.right, { onColumns: onColumns(options.right) });
  const result = await link(left, right, {
    threshold,
    threads,
    onProgress: verbose ? progressBar : undefined,
  });
  if (verbose) process.stderr.write('\n');
  const out = createWriteStream(options.output);
  out.write('left_id,right_id,score\n');
  for (const pair of result.pairs) {
    out.write(
      `${csvField(pair.leftId)},${csvField(pair.rightId)},${pair.probability.toFixed(4)}\n`,
    );
  }
  out.end();
  await finished(out);
  if (options.quality) {
    const quality = createWriteStream(options.quality);
    quality.end(JSON.stringify(result.quality, null, 2));
    await finished(quality);
  }
  const { quality } = result;
  if (verbose) {
    process.stderr.write(
      `${quality.keptPairs} paires retenues sur ${quality.candidatePairs} paires candidates ` +
        `(précision attendue ${(quality.expectedPrecision * 100).toFixed(1)} %, ` +
        `rappel attendu ${(quality.expectedRecall * 100).toFixed(1)} %).\n`,
    );
  }
}

function progressBar(progress: LinkProgress): void {
  const width = 30;
  const label = STAGES[progress.stage].padEnd(28);
  // Reading: the number of rows is unknown until the files end, so it is counted, not barred.
  if (progress.total === 0) {
    const rows = progress.done.toLocaleString('fr-FR');
    process.stderr.write(`\r${label} ${`${rows} fiches`.padEnd(width + 6)}`);
    return;
  }
  const share = progress.done / progress.total;
  const filled = Math.round(share * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  process.stderr.write(`\r${label} ${bar} ${(share * 100).toFixed(0).padStart(3)} %`);
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
