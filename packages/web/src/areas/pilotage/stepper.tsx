import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId } from 'react';

type Props = {
  label: string;
  hint?: string;
  value: number;
  onChange: (value: number) => void;
  max?: number;
};

/** A count with big − and + buttons for a thumb, and the number itself editable. */
export function Stepper({ label, hint, value, onChange, max = 100000 }: Props) {
  const id = useId();
  const set = (next: number) =>
    onChange(Math.max(0, Math.min(max, Number.isFinite(next) ? next : 0)));
  return (
    <div className={fr.cx('fr-input-group')}>
      <label className={fr.cx('fr-label')} htmlFor={id}>
        {label}
        {hint && <span className={fr.cx('fr-hint-text')}>{hint}</span>}
      </label>
      <div className="znr-stepper">
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-subtract-line"
          title={`Retirer 1 à « ${label} »`}
          onClick={() => set(value - 1)}
          disabled={value <= 0}
        />
        <input
          id={id}
          className={fr.cx('fr-input')}
          type="number"
          inputMode="numeric"
          min={0}
          max={max}
          value={value}
          onChange={(event) => set(Number.parseInt(event.target.value || '0', 10))}
        />
        <Button
          type="button"
          priority="secondary"
          iconId="fr-icon-add-line"
          title={`Ajouter 1 à « ${label} »`}
          onClick={() => set(value + 1)}
          disabled={value >= max}
        />
      </div>
    </div>
  );
}
