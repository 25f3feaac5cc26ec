import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useId, useState } from 'react';
import { openRight, updateRight, type FollowedRight } from '../../api/index.ts';
import { closureReasonOptions, needsReason, stageOptions } from './suivi-labels.ts';

function euros(value: number | null): string {
  return value === null
    ? '—'
    : `${value.toLocaleString('fr-FR', { minimumFractionDigits: 2 })} € par mois`;
}

/** What to send for the chosen stage: its reason and note, or the amount paid once opened. */
function stageChange(stage: string, reason: string, note: string, actual: string) {
  if (needsReason(stage)) {
    return { stage, closureReason: reason, closureNote: note.trim() === '' ? null : note.trim() };
  }
  const paid = Number(actual.replace(',', '.'));
  return stage === 'ouvert' && actual.trim() !== '' && Number.isFinite(paid)
    ? { stage, actualMonthly: paid }
    : { stage };
}

function RightRow({ right, onChanged }: { right: FollowedRight; onChanged: () => void }) {
  const [stage, setStage] = useState(right.stage);
  const [reason, setReason] = useState(right.closureReason ?? '');
  const [note, setNote] = useState(right.closureNote ?? '');
  const [actual, setActual] = useState(
    right.actualMonthly === null ? '' : String(right.actualMonthly),
  );
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const name = right.benefit.toUpperCase();
  const save = () => {
    updateRight(right.id, stageChange(stage, reason, note, actual)).then(onChanged, (e: Error) =>
      setError(e.message),
    );
  };
  const reasonLabel = closureReasonOptions.find((o) => o.value === right.closureReason)?.label;
  return (
    <li className="fr-mb-3w">
      <p className="fr-mb-1w">
        <strong>{name}</strong> — {right.stageLabel} (estimé : {euros(right.estimatedMonthly)},
        versé : {euros(right.actualMonthly)})
        {reasonLabel !== undefined &&
          ` — motif : ${reasonLabel}${right.closureNote === null ? '' : ` (${right.closureNote})`}`}
      </p>
      <Select
        label={`Étape du droit ${name}`}
        nativeSelectProps={{ value: stage, onChange: (e) => setStage(e.target.value) }}
      >
        {stageOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {needsReason(stage) && (
        <>
          <Select
            label={`Motif du refus ou de l’abandon (${name})`}
            nativeSelectProps={{ value: reason, onChange: (e) => setReason(e.target.value) }}
          >
            <option value="" disabled>
              Choisir un motif
            </option>
            {closureReasonOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
          <Input
            label={`Précisions sur le motif (${name}, facultatif)`}
            textArea
            nativeTextAreaProps={{
              id: `${id}-precisions`,
              value: note,
              maxLength: 1000,
              onChange: (e) => setNote(e.target.value),
            }}
          />
        </>
      )}
      {stage === 'ouvert' && (
        <Input
          label={`Montant versé par mois, en euros (${name}, facultatif)`}
          nativeInputProps={{
            id: `${id}-montant`,
            inputMode: 'decimal',
            value: actual,
            onChange: (e) => setActual(e.target.value),
          }}
        />
      )}
      <Button size="small" priority="secondary" onClick={save}>
        Enregistrer l’étape
      </Button>
      {error !== undefined && <p className="fr-error-text">{error}</p>}
      <p className="fr-text--sm">
        Historique :{' '}
        {right.history.map((h) => `${h.stageLabel} (${h.changedAt.slice(0, 10)})`).join(' → ')}
      </p>
    </li>
  );
}

const benefitOptions = [
  { value: 'rsa', label: 'RSA' },
  { value: 'ppa', label: 'Prime d’activité' },
  { value: 'aides_logement', label: 'Aide au logement' },
  { value: 'css', label: 'Complémentaire santé solidaire' },
  { value: 'aah', label: 'AAH' },
  { value: 'aspa', label: 'ASPA' },
  { value: 'cheque_energie', label: 'Chèque énergie' },
];

/** Each right followed for the household, with its stage to move on, and one to start following. */
export function RightsSection({
  householdId,
  rights,
  onChanged,
}: {
  householdId: string;
  rights: FollowedRight[];
  onChanged: () => void;
}) {
  const [benefit, setBenefit] = useState('rsa');
  const [error, setError] = useState<string | undefined>();
  const follow = () => {
    openRight(householdId, benefit).then(onChanged, (e: Error) => setError(e.message));
  };
  return (
    <section aria-labelledby="droits">
      <h2 id="droits">Droits suivis</h2>
      {rights.length === 0 ? (
        <p>Aucun droit suivi pour l’instant.</p>
      ) : (
        <ul>
          {rights.map((right) => (
            <RightRow key={right.id} right={right} onChanged={onChanged} />
          ))}
        </ul>
      )}
      <Select
        label="Droit à suivre"
        nativeSelectProps={{ value: benefit, onChange: (e) => setBenefit(e.target.value) }}
      >
        {benefitOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <Button size="small" onClick={follow}>
        Suivre ce droit
      </Button>
      {error !== undefined && <p className="fr-error-text">{error}</p>}
    </section>
  );
}
