import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { fetchInbox, type Inbox, type InboxReferral } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { referralStatusLabels } from './suivi-labels.ts';

function ReferralList({ referrals, received }: { referrals: InboxReferral[]; received: boolean }) {
  if (referrals.length === 0) return <p>Aucune orientation.</p>;
  return (
    <ul>
      {referrals.map((referral) => (
        <li key={referral.id}>
          <Link to={`/suivi/menages/${referral.householdId}`}>{referral.purpose}</Link>{' '}
          {received ? `de ${referral.fromName}` : `vers ${referral.toName}`} —{' '}
          {referralStatusLabels[referral.status] ?? referral.status}
          {referral.waiting && (
            <>
              {' '}
              <Badge severity="warning" small>
                En attente depuis plus de 7 jours
              </Badge>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** /suivi/orientations: the referrals my organisation received and sent, with counts. */
export function InboxPage() {
  usePageTitle('Orientations');
  const [inbox, setInbox] = useState<Inbox | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    fetchInbox().then(setInbox, (e: Error) => setError(e.message));
  }, []);

  if (error !== undefined) return <Alert severity="error" title="Erreur" description={error} />;
  if (inbox === undefined) return <p role="status">Chargement des orientations…</p>;
  return (
    <>
      <h1>Orientations</h1>
      <p>
        Reçues : {inbox.counts.envoyee} à traiter, {inbox.counts.acceptee} acceptées,{' '}
        {inbox.counts.refusee} refusées, {inbox.counts.cloturee} clôturées.
      </p>
      <h2>Reçues</h2>
      <ReferralList referrals={inbox.received} received />
      <h2>Envoyées</h2>
      <ReferralList referrals={inbox.sent} received={false} />
    </>
  );
}
