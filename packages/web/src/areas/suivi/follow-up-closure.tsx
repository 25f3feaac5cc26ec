import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { closeFollowUp, type Household } from '../../api/index.ts';
import { frenchDate } from './suivi-labels.ts';

/** Closing the household's follow-up with its outcome, or reopening it (its organisation only). */
export function FollowUpClosure({
  household,
  editable,
  onChanged,
}: {
  household: Household;
  editable: boolean;
  onChanged: () => void;
}) {
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | undefined>();
  const fail = (e: Error) => setError(e.message);
  if (household.closedAt !== null) {
    return (
      <section aria-labelledby="cloture">
        <h2 id="cloture">Fin de l’accompagnement</h2>
        <Alert
          severity="success"
          small
          description={`Accompagnement clos le ${frenchDate(household.closedAt)} : ${household.outcome ?? ''}`}
        />
        {editable && (
          <Button
            className="fr-mt-1w"
            priority="secondary"
            size="small"
            onClick={() => void closeFollowUp(household.id, null).then(onChanged, fail)}
          >
            Rouvrir l’accompagnement
          </Button>
        )}
        {error !== undefined && <p className="fr-error-text">{error}</p>}
      </section>
    );
  }
  if (!editable) return null;
  return (
    <section aria-labelledby="cloture">
      <h2 id="cloture">Fin de l’accompagnement</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          closeFollowUp(household.id, outcome).then(onChanged, fail);
        }}
      >
        <Input
          label="Résultat de l’accompagnement"
          hintText="Par exemple : droits ouverts, relais pris par le CCAS, la personne a déménagé."
          state={error === undefined ? 'default' : 'error'}
          stateRelatedMessage={error}
          nativeInputProps={{
            value: outcome,
            required: true,
            maxLength: 1000,
            onChange: (e) => setOutcome(e.target.value),
          }}
        />
        <Button type="submit" priority="secondary" disabled={outcome.trim() === ''}>
          Clore l’accompagnement
        </Button>
      </form>
    </section>
  );
}
