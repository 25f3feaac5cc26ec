import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { agreementStatusLabels, fetchAgreements, type Agreement } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useAuthenticatedSession } from '../../session/session-context.tsx';
import { AgreementForm } from './agreement-form.tsx';

/**
 * /reperage: the data-sharing agreements the user sees (a party's member, or the territory's
 * coordinator), with the coordinator's form to create one.
 */
export function AgreementsPage() {
  usePageTitle('Conventions de partage de données');
  const { membership } = useAuthenticatedSession();
  const navigate = useNavigate();
  const [agreements, setAgreements] = useState<Agreement[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const manages = membership.role === 'coordinateur' || membership.role === 'admin';

  useEffect(() => {
    fetchAgreements().then(setAgreements, (e: Error) => setError(e.message));
  }, []);

  return (
    <div className="fr-container fr-my-4w">
      <h1>Conventions de partage de données</h1>
      <p>
        Les fichiers des partenaires ne sont importés et rapprochés que sous une convention active,
        dans ses dates, et pour les seuls champs qu’elle prévoit.
      </p>
      {error !== undefined && <p className="fr-error-text">{error}</p>}
      {agreements?.length === 0 && <p>Aucune convention pour votre organisation.</p>}
      <ul className="fr-raw-list">
        {agreements?.map((agreement) => (
          <li key={agreement.id} className="fr-mb-2w">
            <Link to={`/reperage/conventions/${agreement.id}`}>{agreement.title}</Link>{' '}
            <Badge small severity={agreement.usable ? 'success' : 'warning'} noIcon>
              {agreementStatusLabels[agreement.status]}
            </Badge>
            <br />
            <span className="fr-text--sm">
              {agreement.parties.map((p) => p.name).join(', ')} — du {agreement.validFrom} au{' '}
              {agreement.validTo}
            </span>
          </li>
        ))}
      </ul>
      {manages && (
        <AgreementForm onCreated={(id) => void navigate(`/reperage/conventions/${id}`)} />
      )}
    </div>
  );
}
