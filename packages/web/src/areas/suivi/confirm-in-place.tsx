import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * A button whose action asks first, in place (no modal): the question and its two buttons follow
 * the item, and the question takes the focus so that a screen reader reads it.
 */
export function ConfirmInPlace({
  label,
  title,
  iconId,
  question,
  confirmLabel,
  action,
  onDone,
}: {
  label: string;
  /** The button's full description (which item it acts on). */
  title: string;
  iconId: 'fr-icon-delete-line' | 'fr-icon-close-circle-line';
  question: string;
  confirmLabel: string;
  action: () => Promise<unknown>;
  onDone: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const id = useId();
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button
        size="small"
        priority="tertiary"
        iconId={iconId}
        onClick={() => setAsking(true)}
        title={title}
      >
        {label}
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-question`} className="fr-mt-1w">
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
      <Button
        size="small"
        className="fr-mr-1w"
        onClick={() => {
          action().then(onDone, (e: Error) => setError(e.message));
        }}
      >
        {confirmLabel}
      </Button>
      <Button size="small" priority="secondary" onClick={() => setAsking(false)}>
        Annuler
      </Button>
    </div>
  );
}
