import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Navigate, useLocation } from 'react-router';
import { usePageTitle } from '../../app/page-title.ts';
import { BilanFlow } from './bilan-flow.tsx';
import { useBilanWorkspace } from './bilan-workspace.ts';
import { useSaveQueue } from './use-save-queue.ts';

/** /bilan: the professional's bilan, with the person, on a phone, with or without network. */
export function BilanPage() {
  usePageTitle('Bilan de droits');
  const workspace = useBilanWorkspace();
  const saves = useSaveQueue(workspace.status === 'ready' ? workspace.drafts : null);
  const location = useLocation();

  switch (workspace.status) {
    case 'loading':
      return (
        <p role="status" aria-live="polite">
          Préparation du bilan…
        </p>
      );
    case 'login':
      return <Navigate to="/connexion" replace state={{ from: location.pathname }} />;
    case 'unavailable':
      return (
        <>
          <h1>Bilan de droits</h1>
          <Alert
            severity="error"
            title="Le bilan ne peut pas s’ouvrir"
            description={`${workspace.message} Connectez-vous une première fois avec du réseau sur cet appareil ; le bilan marchera ensuite sans réseau.`}
          />
        </>
      );
    case 'ready':
      return (
        <>
          <h1>Bilan de droits</h1>
          {workspace.offline && (
            <Alert
              severity="info"
              small
              description="Pas de réseau : le bilan continue sur cet appareil ; les réponses y restent chiffrées."
              className="fr-mb-3w znr-no-print"
            />
          )}
          <BilanFlow contact={workspace.contact} drafts={workspace.drafts} saves={saves} />
        </>
      );
  }
}
