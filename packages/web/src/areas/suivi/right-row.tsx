import { benefitName } from '@znr/rules';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useId, useState } from 'react';
import { updateRight, type FollowedRight } from '../../api/index.ts';
import {
  closureReasonOptions,
  frenchDateTime,
  needsReason,
  stageOptions,
  type ClosureReason,
  type RightStage,
} from './suivi-labels.ts';

function euros(value: number | null): string {
  return value === null
    ? '—'
    : `${value.toLocaleString('fr-FR', { minimumFractionDigits: 2 })} € par mois`;
}

/** What to send for the chosen stage: its reason and note, or the amount paid once opened. */
function stageChange(stage: RightStage, reason: ClosureReason | '', note: string, actual: string) {
  if (needsReason(stage)) {
    const closureNote = note.trim() === '' ? null : note.trim();
    return reason === '' ? { stage, closureNote } : { stage, closureReason: reason, closureNote };
  }
  const paid = Number(actual.replace(',', '.'));
  return stage === 'ouvert' && actual.trim() !== '' && Number.isFinite(paid)
    ? { stage, actualMonthly: paid }
    : { stage };
}

/** One followed right: its stage, reason, amount paid and the organisation in charge, to change. */
export function RightRow({
  right,
  organisations,
  onChanged,
}: {
  right: FollowedRight;
  /** Who may be in charge of a right: my organisation and the partners of my territory. */
  organisations: readonly { id: string; name: string }[];
  onChanged: () => void;
}) {
  const [stage, setStage] = useState(right.stage);
  const [reason, setReason] = useState<ClosureReason | ''>(right.closureReason ?? '');
  const [note, setNote] = useState(right.closureNote ?? '');
  const [actual, setActual] = useState(
    right.actualMonthly === null ? '' : String(right.actualMonthly),
  );
  const [inCharge, setInCharge] = useState(right.inChargeOrganisationId ?? '');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const name = benefitName(right.benefit, 'short');
  const save = () => {
    updateRight(right.id, {
      ...stageChange(stage, reason, note, actual),
      inChargeOrganisationId: inCharge === '' ? null : inCharge,
    }).then(onChanged, (e: Error) => setError(e.message));
  };
  const inChargeName = organisations.find((o) => o.id === right.inChargeOrganisationId)?.name;
  const reasonLabel = closureReasonOptions.find((o) => o.value === right.closureReason)?.label;
  return (
    <li className="fr-mb-3w">
      <p className="fr-mb-1w">
        <strong>{name}</strong> — {right.stageLabel} (estimé : {euros(right.estimatedMonthly)},
        versé : {euros(right.actualMonthly)})
        {inChargeName !== undefined && ` — organisme chargé : ${inChargeName}`}
        {reasonLabel !== undefined &&
          ` — motif : ${reasonLabel}${right.closureNote === null ? '' : ` (${right.closureNote})`}`}
      </p>
      <Select
        label={`Étape du droit ${name}`}
        nativeSelectProps={{
          value: stage,
          onChange: (e) =>
            setStage(stageOptions.find((o) => o.value === e.target.value)?.value ?? stage),
        }}
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
            nativeSelectProps={{
              value: reason,
              onChange: (e) =>
                setReason(
                  closureReasonOptions.find((o) => o.value === e.target.value)?.value ?? '',
                ),
            }}
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
      <Select
        label={`Organisme chargé du droit ${name}`}
        nativeSelectProps={{ value: inCharge, onChange: (e) => setInCharge(e.target.value) }}
      >
        <option value="">Non renseigné</option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </Select>
      <Button size="small" priority="secondary" onClick={save}>
        Enregistrer l’étape
      </Button>
      {error !== undefined && <p className="fr-error-text">{error}</p>}
      <p className="fr-text--sm">
        Historique :{' '}
        {right.history.map((h) => `${h.stageLabel} (${frenchDateTime(h.changedAt)})`).join(' → ')}
      </p>
    </li>
  );
}
