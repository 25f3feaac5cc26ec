import { usePageTitle } from '../../app/page-title.ts';

/** /accessibilite: the accessibility statement that the footer links to (a legal requirement). */
export function AccessibilityPage() {
  usePageTitle("Déclaration d'accessibilité");
  return (
    <>
      <h1>Déclaration d'accessibilité</h1>
      <p>
        Zéro non-recours s'engage à rendre son service accessible, conformément à l'article 47 de la
        loi n° 2005-102 du 11 février 2005.
      </p>
      <h2>État de conformité</h2>
      <p>
        Zéro non-recours est <strong>non conforme</strong> avec le référentiel général
        d'amélioration de l'accessibilité (RGAA) : aucun audit n'a encore été réalisé. Le service
        est conçu avec le Système de design de l'État, testé au clavier et sur petit écran.
      </p>
      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez l'administrateur de
        votre territoire pour être orienté vers une alternative accessible.
      </p>
      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu et que
        vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits (
        <a
          href="https://formulaire.defenseurdesdroits.fr/"
          target="_blank"
          rel="noopener noreferrer"
        >
          formulaire en ligne — nouvelle fenêtre
        </a>
        ).
      </p>
    </>
  );
}
