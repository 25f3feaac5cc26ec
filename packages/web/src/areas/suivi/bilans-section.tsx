import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { compareBilan, saveRerun, type BilanRerun, type Household } from '../../api/index.ts';
import { frenchDate, frenchDateTime } from './suivi-labels.ts';

const money = (value: number) =>
  value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function amount(value: { eligible: boolean; amount: number } | null, periodicity: string): string {
  if (value === null) return 'non calculé';
  if (!value.eligible) return 'non éligible';
  return `${money(value.amount)} € ${periodicity === 'annuelle' ? 'par an' : 'par mois'}`;
}

function describe(famille: { adults: number; children: number }): string {
  const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return `${plural(famille.adults, 'adulte')} et ${plural(famille.children, 'enfant')}`;
}

function difference(value: number): string {
  if (value === 0) return 'inchangé';
  return `${value > 0 ? '+' : '−'}${money(Math.abs(value))} €`;
}

/** What the re-run changed, per benefit, with the versions on both sides. */
function RerunResult({
  rerun,
  canSave,
  onSaved,
}: {
  rerun: BilanRerun;
  canSave: boolean;
  onSaved: () => void;
}) {
  const [error, setError] = useState<string | undefined>();
  const changed = rerun.benefits.filter((b) => b.difference !== 0);
  const shown = rerun.benefits.filter((b) => b.before !== null || b.after.eligible);
  return (
    <div className="fr-mt-2w">
      <p>
        Avant : mois de {frenchDate(`${rerun.before.period}-01`).slice(3)}, moteur{' '}
        {rerun.before.engineVersion}, paramètres {rerun.before.parametersVersion}.
        <br />
        Aujourd’hui : mois de {frenchDate(`${rerun.after.period}-01`).slice(3)}, moteur{' '}
        {rerun.after.engineVersion}, paramètres {rerun.after.parametersVersion}.
      </p>
      {rerun.composition.changed && (
        <Alert
          severity="warning"
          small
          description={`La composition du ménage a changé depuis ce bilan (${describe(rerun.composition.bilan)} au bilan, ${describe(rerun.composition.household)} au dossier aujourd’hui) : ce calcul garde celle du bilan ; faites un nouveau bilan pour la composition actuelle.`}
        />
      )}
      <p role="status">
        {changed.length === 0
          ? 'Aucun montant ne change avec la loi d’aujourd’hui.'
          : `${changed.length} droit${changed.length > 1 ? 's changent' : ' change'} avec la loi d’aujourd’hui.`}
      </p>
      <div className="fr-table fr-table--no-caption">
        <table>
          <caption>Ce qui change pour chaque droit</caption>
          <thead>
            <tr>
              <th scope="col">Droit</th>
              <th scope="col">Avant</th>
              <th scope="col">Aujourd’hui</th>
              <th scope="col">Différence</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((benefit) => (
              <tr key={benefit.id}>
                <th scope="row">{benefit.label}</th>
                <td>{amount(benefit.before, benefit.periodicity)}</td>
                <td>{amount(benefit.after, benefit.periodicity)}</td>
                <td>{difference(benefit.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canSave && (
        <Button
          size="small"
          onClick={() =>
            void saveRerun(rerun.bilanId).then(onSaved, (e: Error) => setError(e.message))
          }
        >
          Enregistrer comme nouveau bilan
        </Button>
      )}
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The household's bilans, newest first, each of which can be re-run with today's law. */
export function BilansSection({
  household,
  canSave,
  onChanged,
}: {
  household: Household;
  canSave: boolean;
  onChanged: () => void;
}) {
  const [rerun, setRerun] = useState<BilanRerun | undefined>();
  const [error, setError] = useState<{ bilanId: string; message: string } | undefined>();
  const run = (bilanId: string) => {
    setError(undefined);
    compareBilan(bilanId).then(setRerun, (e: Error) => setError({ bilanId, message: e.message }));
  };
  return (
    <section aria-labelledby="bilans">
      <h2 id="bilans">Bilans</h2>
      {household.bilans.length === 0 ? (
        <p>Aucun bilan enregistré.</p>
      ) : (
        <ul>
          {household.bilans.map((bilan) => (
            <li key={bilan.id} className="fr-mb-2w">
              Bilan du mois de {frenchDate(`${bilan.period}-01`).slice(3)}, enregistré le{' '}
              {frenchDateTime(bilan.createdAt).slice(0, 10)} (moteur {bilan.engineVersion},
              paramètres {bilan.parametersVersion}){' '}
              <Button
                size="small"
                priority="secondary"
                onClick={() => run(bilan.id)}
                nativeButtonProps={{
                  'aria-label': `Relancer avec la loi d’aujourd’hui le bilan du ${frenchDateTime(bilan.createdAt).slice(0, 10)}`,
                }}
              >
                Relancer avec la loi d’aujourd’hui
              </Button>
              {error?.bilanId === bilan.id && (
                <Alert severity="error" small description={error.message} />
              )}
              {rerun?.bilanId === bilan.id && (
                <RerunResult
                  rerun={rerun}
                  canSave={canSave}
                  onSaved={() => {
                    setRerun(undefined);
                    onChanged();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
