import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * A button that opens, in place, the one field its answer needs (a refusal's reason, a closing's
 * outcome), focused, with the confirmation and « Annuler ». The answer is sent only when filled.
 */
export function AnswerWithText({
  label,
  fieldLabel,
  hint,
  confirmLabel,
  send,
  onDone,
}: {
  label: string;
  fieldLabel: string;
  hint?: string;
  confirmLabel: string;
  send: (text: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  if (!open) {
    return (
      <Button size="small" priority="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <form
      className="fr-mt-1w"
      onSubmit={(event) => {
        event.preventDefault();
        send(text.trim()).then(onDone, (e: Error) => setError(e.message));
      }}
    >
      <Input
        label={fieldLabel}
        {...(hint === undefined ? {} : { hintText: hint })}
        state={error === undefined ? 'default' : 'error'}
        stateRelatedMessage={error}
        nativeInputProps={{
          id: `${id}-texte`,
          ref: field,
          value: text,
          required: true,
          maxLength: 500,
          onChange: (e) => setText(e.target.value),
        }}
      />
      <Button size="small" type="submit" className="fr-mr-1w" disabled={text.trim() === ''}>
        {confirmLabel}
      </Button>
      <Button size="small" priority="secondary" type="button" onClick={() => setOpen(false)}>
        Annuler
      </Button>
    </form>
  );
}
