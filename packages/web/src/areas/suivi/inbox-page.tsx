import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { fetchInbox, remindReferral, type Inbox, type InboxReferral } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useAuthenticatedSession } from '../../session/session-context.tsx';
import { ReferralMessages } from './referral-messages.tsx';
import { frenchDate, referralStatusLabels, writerRoles } from './suivi-labels.ts';

function ReferralList({
  referrals,
  received,
  canWrite,
  onChanged,
}: {
  referrals: InboxReferral[];
  received: boolean;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const [error, setError] = useState<string | undefined>();
  if (referrals.length === 0) return <p>Aucune orientation.</p>;
  return (
    <ul>
      {referrals.map((referral) => (
        <li key={referral.id} className="fr-mb-2w">
          <Link to={`/suivi/menages/${referral.householdId}`}>{referral.purpose}</Link>{' '}
          {received ? `de ${referral.fromName}` : `vers ${referral.toName}`} —{' '}
          {referralStatusLabels[referral.status] ?? referral.status}
          {referral.refusalReason !== null && ` (motif : ${referral.refusalReason})`}
          {referral.outcome !== null && ` (résultat : ${referral.outcome})`}
          {referral.waiting && (
            <>
              {' '}
              <Badge severity="warning" small>
                {`En attente depuis ${referral.ageDays} jours`}
              </Badge>
            </>
          )}
          {!received && referral.lastReminderAt !== null && (
            <> — relancée le {frenchDate(referral.lastReminderAt)}</>
          )}
          {!received && referral.waiting && canWrite && (
            <>
              {' '}
              <Button
                size="small"
                priority="secondary"
                title={`Relancer ${referral.toName} : un message lui demande sa réponse`}
                onClick={() =>
                  void remindReferral(referral.id).then(onChanged, (e: Error) =>
                    setError(e.message),
                  )
                }
              >
                Relancer
              </Button>
            </>
          )}
          <ReferralMessages
            referralId={referral.id}
            count={referral.messageCount}
            canWrite={canWrite}
          />
        </li>
      ))}
      {error !== undefined && <p className="fr-error-text">{error}</p>}
    </ul>
  );
}

/** /suivi/orientations: the referrals my organisation received and sent, with counts. */
export function InboxPage() {
  usePageTitle('Orientations');
  const { membership } = useAuthenticatedSession();
  const [inbox, setInbox] = useState<Inbox | undefined>();
  const [error, setError] = useState<string | undefined>();
  const reload = useCallback(() => {
    fetchInbox().then(setInbox, (e: Error) => setError(e.message));
  }, []);
  useEffect(reload, [reload]);
  const canWrite = writerRoles.includes(membership.role);

  if (error !== undefined) return <Alert severity="error" title="Erreur" description={error} />;
  if (inbox === undefined) return <p role="status">Chargement des orientations…</p>;
  return (
    <>
      <h1>Orientations</h1>
      <p>
        Reçues : {inbox.counts.envoyee} à traiter
        {inbox.waiting > 0 &&
          ` (dont ${inbox.waiting} en attente depuis plus de ${inbox.reminderAfterDays} jours)`}
        , {inbox.counts.acceptee} acceptées, {inbox.counts.refusee} refusées,{' '}
        {inbox.counts.cloturee} clôturées.
      </p>
      <h2>Reçues</h2>
      <ReferralList referrals={inbox.received} received canWrite={canWrite} onChanged={reload} />
      <h2>Envoyées</h2>
      <ReferralList
        referrals={inbox.sent}
        received={false}
        canWrite={canWrite}
        onChanged={reload}
      />
    </>
  );
}
