import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { listMembers, updateTask } from '../../api/index.ts';
import { InPlaceForm } from './in-place-form.tsx';
import { TaskFields, taskInput, type TaskDraft } from './task-fields.tsx';

/** « Modifier » a task in place: what to do, due date, assignee (a member of my organisation). */
export function TaskEditForm({
  task,
  onChanged,
}: {
  task: { id: string; title: string; dueOn: string | null; assigneeId?: string | null };
  onChanged: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [members, setMembers] = useState<{ id: string; name: string }[]>([]);
  const [draft, setDraft] = useState<TaskDraft>({
    title: task.title,
    dueOn: task.dueOn ?? '',
    assignee: task.assigneeId ?? '',
  });
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (open) listMembers().then(setMembers, () => setMembers([]));
  }, [open]);

  if (!open) {
    return (
      <Button
        size="small"
        priority="tertiary"
        iconId="fr-icon-edit-line"
        title={`Modifier la tâche « ${task.title} »`}
        onClick={() => setOpen(true)}
      >
        Modifier
      </Button>
    );
  }
  return (
    <InPlaceForm
      submitLabel="Enregistrer la tâche"
      canSubmit={draft.title.trim() !== ''}
      onSubmit={() => {
        updateTask(task.id, taskInput(draft)).then(onChanged, (e: Error) => setError(e.message));
      }}
      onCancel={() => setOpen(false)}
    >
      <TaskFields draft={draft} members={members} of={task.title} onChange={setDraft} />
      {error !== undefined && <p className="fr-error-text">{error}</p>}
    </InPlaceForm>
  );
}
