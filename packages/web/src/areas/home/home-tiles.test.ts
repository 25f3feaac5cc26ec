import { describe, expect, it } from 'vitest';
import { roles } from '../../api/index.ts';
import { homeTilesFor } from './home-tiles.ts';

const titlesOf = (role: Parameters<typeof homeTilesFor>[0]) =>
  homeTilesFor(role).map((t) => t.title);

describe('homeTilesFor', () => {
  it('gives every role at least one tile, each with its own id and all its text', () => {
    for (const role of roles) {
      const tiles = homeTilesFor(role);
      expect(tiles.length, role).toBeGreaterThan(0);
      expect(new Set(tiles.map((t) => t.id)).size, role).toBe(tiles.length);
      for (const tile of tiles) {
        expect(tile.title.trim(), `${role}/${tile.id}`).not.toBe('');
        expect(tile.description.trim(), `${role}/${tile.id}`).not.toBe('');
        expect(tile.audience, `${role}/${tile.id}`).toMatch(/^Pour /);
      }
    }
  });

  it('starts the ambassadeur on the bilan de droits, then the households they follow', () => {
    expect(titlesOf('ambassadeur').slice(0, 3)).toEqual([
      'Faire un bilan de droits',
      'Mes ménages suivis',
      'Mes personnes à rencontrer',
    ]);
    expect(homeTilesFor('ambassadeur')[1]).toMatchObject({
      status: 'disponible',
      link: '/suivi',
    });
  });

  it('shows each role the area that is theirs', () => {
    expect(titlesOf('travailleur_social')).toContain('Orientations');
    expect(titlesOf('coordinateur')).toEqual(
      expect.arrayContaining(['Réseau des partenaires', 'Blocages']),
    );
    expect(titlesOf('pilote')).toContain('Indicateurs du territoire');
    expect(titlesOf('evaluateur')).toContain("Exports pour l'évaluation nationale");
    expect(titlesOf('admin')[0]).toBe('Comptes et organisations');
    expect(homeTilesFor('coordinateur').find((t) => t.id === 'conventions')?.link).toBe(
      '/reperage',
    );
    expect(homeTilesFor('evaluateur').map((t) => t.id)).not.toContain('conventions');
  });

  it('opens the aller-vers entry to the field roles and the network to its managers', () => {
    for (const role of ['ambassadeur', 'travailleur_social', 'coordinateur'] as const) {
      expect(homeTilesFor(role).find((t) => t.id === 'actions')?.link, role).toBe(
        '/pilotage/actions/nouvelle',
      );
    }
    expect(homeTilesFor('pilote').map((t) => t.id)).not.toContain('actions');
    expect(titlesOf('pilote')).toEqual(
      expect.arrayContaining(['Blocages', 'Ateliers entre professionnels']),
    );
  });

  it('gives a role unknown to this build no tile rather than a crash', () => {
    expect(homeTilesFor('mediateur_numerique')).toEqual([]);
  });

  it('keeps personal case files away from the roles that only see statistics', () => {
    for (const role of ['pilote', 'evaluateur'] as const) {
      expect(homeTilesFor(role).map((t) => t.area)).not.toContain('suivi');
    }
  });
});
