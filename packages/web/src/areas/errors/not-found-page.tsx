import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { usePageTitle } from '../../app/page-title.ts';

/** Any unknown address: the DSFR "page non trouvée" pattern, in French. */
export function NotFoundPage() {
  usePageTitle('Page non trouvée');
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>Page non trouvée</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
        <p className="fr-text--lead fr-mb-3w">
          La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.
        </p>
        <p className="fr-mb-5w">
          Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page
          n'est peut-être plus disponible. Dans ce cas, repartez de la page d'accueil.
        </p>
        <Button linkProps={{ to: '/' }}>Page d'accueil</Button>
      </div>
    </div>
  );
}
