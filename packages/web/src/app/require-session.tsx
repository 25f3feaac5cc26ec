import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../session/session-context.tsx';

/**
 * Guards the pages that need a logged-in user: sends everyone else to /connexion, remembering
 * where they were going so that the login brings them back there.
 */
export function RequireSession() {
  const { state, reload } = useSession();
  const location = useLocation();

  switch (state.status) {
    case 'authenticated':
      return <Outlet />;
    case 'anonymous':
      return (
        <Navigate
          to="/connexion"
          replace
          // After a deliberate logout, the next person on this computer starts from the home page.
          state={state.loggedOut ? null : { from: location.pathname + location.search }}
        />
      );
    case 'loading':
      return (
        <p role="status" aria-live="polite">
          Chargement de votre session…
        </p>
      );
    case 'unavailable':
      return (
        <>
          <h1>Service momentanément indisponible</h1>
          <Alert
            severity="error"
            title="Votre session n'a pas pu être vérifiée"
            description={state.message}
          />
          <Button className="fr-mt-3w" onClick={reload}>
            Réessayer
          </Button>
        </>
      );
  }
}
