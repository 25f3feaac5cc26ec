import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { frenchDate, taskDueLabels } from './suivi-labels.ts';
import { TaskCloseForm } from './task-close-form.tsx';
import { deleteTask } from '../../api/index.ts';
import { ConfirmInPlace } from './confirm-in-place.tsx';

/** The fields of a task that a line shows. */
export interface TaskLine {
  id: string;
  title: string;
  dueOn: string | null;
  dueState?: string;
  status: 'a_faire' | 'faite';
  outcome: string | null;
  assigneeName: string | null;
  householdId?: string;
  householdName?: string | null;
}

/**
 * One task: title, due date and where it stands, assignee; closed with its outcome, or closable;
 * deletable by its organisation (`closable`).
 */
export function TaskItem({
  task,
  closable,
  onChanged,
}: {
  task: TaskLine;
  closable: boolean;
  onChanged: () => void;
}) {
  const due = task.dueState === undefined ? undefined : taskDueLabels[task.dueState];
  return (
    <li className="fr-mb-2w">
      <strong>{task.title}</strong>
      {task.householdId !== undefined && (
        <>
          {' — '}
          <Link to={`/suivi/menages/${task.householdId}`}>
            {task.householdName ?? 'dossier du ménage'}
          </Link>
        </>
      )}
      {task.dueOn !== null && ` — pour le ${frenchDate(task.dueOn)}`}
      {task.assigneeName !== null && ` — confiée à ${task.assigneeName}`}{' '}
      {task.status === 'faite' ? (
        <Badge severity="success" small>
          Faite{task.outcome === null ? '' : ` : ${task.outcome}`}
        </Badge>
      ) : (
        due !== undefined && (
          <Badge severity={due.severity} small>
            {due.label}
          </Badge>
        )
      )}
      {closable && task.status === 'a_faire' && (
        <TaskCloseForm taskId={task.id} title={task.title} onClosed={onChanged} />
      )}
      {closable && (
        <ConfirmInPlace
          label="Supprimer"
          title={`Supprimer la tâche « ${task.title} »`}
          iconId="fr-icon-delete-line"
          question={`Supprimer la tâche « ${task.title} » ? Elle disparaîtra de la liste ; la suppression est inscrite au journal d’accès.`}
          confirmLabel="Confirmer la suppression"
          action={() => deleteTask(task.id)}
          onDone={onChanged}
        />
      )}
    </li>
  );
}
