import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { fetchHousehold, type Household } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useAuthenticatedSession } from '../../session/session-context.tsx';
import { BilansSection } from './bilans-section.tsx';
import { ConsentsSection } from './consents-section.tsx';
import { FollowUpClosure } from './follow-up-closure.tsx';
import { CaseFileAdminLinks } from './case-file-admin-links.tsx';
import { PersonsSection } from './persons-section.tsx';
import { ReferralSection } from './referral-section.tsx';
import { RightsSection } from './rights-section.tsx';
import { writerRoles } from './suivi-labels.ts';
import { TasksSection } from './tasks-section.tsx';
import { TimelineSection } from './timeline-section.tsx';

/** /suivi/menages/:id: a household's case file, as much as my organisation may see. */
export function HouseholdPage() {
  const { id = '' } = useParams();
  const { membership } = useAuthenticatedSession();
  const [household, setHousehold] = useState<Household | undefined>();
  const [error, setError] = useState<string | undefined>();
  const applicant = household?.persons[0];
  usePageTitle(
    applicant === undefined
      ? 'Dossier du ménage'
      : `Dossier de ${applicant.firstName} ${applicant.lastName}`,
  );

  const reload = useCallback(() => {
    fetchHousehold(id).then(setHousehold, (e: Error) => setError(e.message));
  }, [id]);
  useEffect(reload, [reload]);

  if (error !== undefined)
    return <Alert severity="error" title="Dossier indisponible" description={error} />;
  if (household === undefined) return <p role="status">Chargement du dossier…</p>;
  const canWrite = household.owned && writerRoles.includes(membership.role);

  return (
    <>
      <h1>
        Dossier de {applicant?.firstName} {applicant?.lastName}
      </h1>
      {household.closedAt !== null && (
        <Alert
          severity="success"
          small
          description={`Accompagnement clos : ${household.outcome ?? ''}`}
        />
      )}
      {!household.owned && (
        <Alert
          severity="info"
          small
          description="Ménage orienté vers votre organisation : vous ne voyez que ce que l’orientation partage."
        />
      )}
      <PersonsSection household={household} editable={canWrite} onChanged={reload} />
      <ConsentsSection
        household={household}
        editable={canWrite}
        onChanged={reload}
        onError={setError}
      />
      <BilansSection household={household} canSave={canWrite} onChanged={reload} />
      <RightsSection
        householdId={household.id}
        rights={household.rights}
        organisation={membership.organisation}
        onChanged={reload}
      />
      <ReferralSection
        household={household}
        organisationId={membership.organisation.id}
        canWrite={writerRoles.includes(membership.role)}
        onChanged={reload}
      />
      <TasksSection
        household={household}
        editable={writerRoles.includes(membership.role)}
        onChanged={reload}
      />
      <FollowUpClosure household={household} editable={canWrite} onChanged={reload} />
      <TimelineSection householdId={household.id} refresh={household} />
      <CaseFileAdminLinks householdId={household.id} role={membership.role} />
    </>
  );
}
