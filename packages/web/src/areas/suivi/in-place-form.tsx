import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';

/**
 * The form a button opens in place (no modal): its fields, then its submit button and
 * « Annuler », which closes it. Its owner keeps whether it is open and what it holds.
 */
export function InPlaceForm({
  submitLabel,
  canSubmit,
  onSubmit,
  onCancel,
  children,
}: {
  submitLabel: string;
  canSubmit: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className="fr-mt-1w"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
      <Button size="small" type="submit" className="fr-mr-1w" disabled={!canSubmit}>
        {submitLabel}
      </Button>
      <Button size="small" priority="secondary" type="button" onClick={onCancel}>
        Annuler
      </Button>
    </form>
  );
}
