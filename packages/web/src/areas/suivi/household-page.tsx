import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { fetchHousehold, recordConsent, today, type Household } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useAuthenticatedSession } from '../../session/session-context.tsx';
import { ReferralSection } from './referral-section.tsx';
import { RightsSection } from './rights-section.tsx';
import { consentScopeLabels } from './suivi-labels.ts';

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
  const standing = household.consents.filter((c) => c.withdrawnAt === null);
  const hasBilanConsent = standing.some((c) => c.scope === 'bilan');

  return (
    <>
      <h1>
        Dossier de {applicant?.firstName} {applicant?.lastName}
      </h1>
      {!household.owned && (
        <Alert
          severity="info"
          small
          description="Ménage orienté vers votre organisation : vous ne voyez que ce que l’orientation partage."
        />
      )}
      <section aria-labelledby="personnes">
        <h2 id="personnes">Personnes</h2>
        <ul>
          {household.persons.map((person) => (
            <li key={person.id}>
              {person.firstName} {person.lastName}
              {person.birthDate !== null &&
                `, née ou né le ${person.birthDate.split('-').reverse().join('/')}`}
            </li>
          ))}
        </ul>
        <p>
          {household.commune ?? 'Commune non renseignée'}
          {household.quartier !== null && ` — ${household.quartier}`}
          {household.qpv && ' (quartier prioritaire)'}
        </p>
      </section>
      <section aria-labelledby="consentements">
        <h2 id="consentements">Consentements</h2>
        <ul>
          {standing.map((consent) => (
            <li key={consent.id}>
              {consentScopeLabels[consent.scope]} — {consent.method === 'oral' ? 'oral' : 'écrit'},
              le {consent.givenOn.split('-').reverse().join('/')}
            </li>
          ))}
        </ul>
        {household.owned && !hasBilanConsent && (
          <Button
            priority="secondary"
            onClick={() =>
              void recordConsent(household.id, {
                scope: 'bilan',
                method: 'oral',
                givenOn: today(),
              }).then(reload, (e: Error) => setError(e.message))
            }
          >
            La personne accepte que ses bilans soient enregistrés
          </Button>
        )}
      </section>
      <section aria-labelledby="bilans">
        <h2 id="bilans">Bilans</h2>
        {household.bilans.length === 0 ? (
          <p>Aucun bilan enregistré.</p>
        ) : (
          <ul>
            {household.bilans.map((bilan) => (
              <li key={bilan.id}>
                Bilan de {bilan.period} (moteur {bilan.engineVersion}), enregistré le{' '}
                {bilan.createdAt.slice(0, 10)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <RightsSection householdId={household.id} rights={household.rights} onChanged={reload} />
      <ReferralSection
        household={household}
        organisationId={membership.organisation.id}
        onChanged={reload}
      />
      <section aria-labelledby="taches">
        <h2 id="taches">Tâches</h2>
        {household.tasks.length === 0 ? (
          <p>Aucune tâche.</p>
        ) : (
          <ul>
            {household.tasks.map((task) => (
              <li key={task.id}>
                {task.title} {task.dueOn !== null && `(pour le ${task.dueOn})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
