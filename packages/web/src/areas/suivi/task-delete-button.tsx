import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useId, useRef, useState } from 'react';
import { deleteTask } from '../../api/index.ts';

/**
 * « Supprimer » a task, after a confirmation shown in place (no modal: the question and its two
 * buttons follow the task, and take the focus so that a screen reader reads the question).
 */
export function TaskDeleteButton({
  taskId,
  title,
  onDeleted,
}: {
  taskId: string;
  title: string;
  onDeleted: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const question = useRef<HTMLParagraphElement>(null);
  const id = useId();
  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button
        size="small"
        priority="tertiary"
        iconId="fr-icon-delete-line"
        onClick={() => setAsking(true)}
        title={`Supprimer la tâche « ${title} »`}
      >
        Supprimer
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-question`} className="fr-mt-1w">
      <p id={`${id}-question`} ref={question} tabIndex={-1}>
        Supprimer la tâche « {title} » ? Elle disparaîtra de la liste ; la suppression est inscrite
        au journal d’accès.
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
          deleteTask(taskId).then(onDeleted, (e: Error) => setError(e.message));
        }}
      >
        Confirmer la suppression
      </Button>
      <Button size="small" priority="secondary" onClick={() => setAsking(false)}>
        Annuler
      </Button>
    </div>
  );
}
