import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { usePageTitle } from '../../app/page-title.ts';

/**
 * Shown by the router when a page crashes. It renders without the layout (the layout may be what
 * failed), so it carries its own landmark.
 */
export function AppErrorPage() {
  usePageTitle('Erreur inattendue');
  return (
    <main id="contenu" className={fr.cx('fr-container', 'fr-py-8w')}>
      <h1>Une erreur inattendue est survenue</h1>
      <p className="fr-text--lead">
        La page n'a pas pu s'afficher. Vos données déjà enregistrées ne sont pas perdues.
      </p>
      <p>
        Rechargez la page ; si l'erreur revient, signalez-la à l'administrateur de votre territoire.
      </p>
      <Button linkProps={{ href: '/' }}>Revenir à l'accueil</Button>
    </main>
  );
}
