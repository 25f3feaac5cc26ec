import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../session/session-context.tsx';

/** Describes where the user acts: shown under the service name on every screen size. */
function OrganisationTagline({
  organisation,
  territory,
}: {
  organisation: string;
  territory: string;
}) {
  return (
    <span className="znr-header-tagline">
      <span>{organisation}</span> <span aria-hidden="true">·</span>{' '}
      <span>territoire {territory}</span>
    </span>
  );
}

/**
 * The DSFR header; once logged in it shows the organisation and territory the user acts for (the
 * home page greets them by name) and the logout button.
 */
export function AppHeader() {
  const { state, logout } = useSession();
  const navigate = useNavigate();
  const [logoutError, setLogoutError] = useState<string | null>(null);
  const session = state.status === 'authenticated' ? state.session : null;

  const onLogout = async () => {
    try {
      await logout();
      setLogoutError(null);
      await navigate('/connexion', { replace: true });
    } catch (error) {
      // The cookie is still there: say so rather than pretend the shared computer is safe.
      setLogoutError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <Header
        id="en-tete"
        brandTop={
          <>
            République
            <br />
            Française
          </>
        }
        homeLinkProps={{ to: '/', title: 'Accueil — Zéro non-recours' }}
        serviceTitle="Zéro non-recours"
        serviceTagline={
          session ? (
            <OrganisationTagline
              organisation={session.membership.organisation.name}
              territory={session.membership.territory.name}
            />
          ) : (
            "L'accès aux droits sociaux, sans personne oubliée"
          )
        }
        quickAccessItems={
          session
            ? [
                {
                  iconId: 'fr-icon-logout-box-r-line',
                  text: 'Se déconnecter',
                  buttonProps: { type: 'button', onClick: () => void onLogout() },
                },
              ]
            : []
        }
      />
      {logoutError && (
        <div className="fr-container fr-mt-2w">
          <Alert
            severity="error"
            title="La déconnexion a échoué"
            description={`${logoutError} Votre session est toujours ouverte.`}
            role="alert"
          />
        </div>
      )}
    </>
  );
}
