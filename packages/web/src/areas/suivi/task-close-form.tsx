import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useId, useState } from 'react';
import { closeTask } from '../../api/index.ts';

/** Closes a task with its outcome, asked in one field next to the button. */
export function TaskCloseForm({
  taskId,
  title,
  onClosed,
}: {
  taskId: string;
  title: string;
  onClosed: () => void;
}) {
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        closeTask(taskId, outcome).then(onClosed, (e: Error) => setError(e.message));
      }}
    >
      <Input
        label={`Résultat de « ${title} »`}
        state={error === undefined ? 'default' : 'error'}
        stateRelatedMessage={error}
        nativeInputProps={{
          id: `${id}-resultat`,
          value: outcome,
          required: true,
          onChange: (e) => setOutcome(e.target.value),
        }}
      />
      <Button size="small" type="submit" disabled={outcome.trim() === ''}>
        Marquer comme faite
      </Button>
    </form>
  );
}
