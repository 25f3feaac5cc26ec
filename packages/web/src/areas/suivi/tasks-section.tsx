import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import { createTask, listMembers, type Household } from '../../api/index.ts';
import { TaskFields, taskInput, type TaskDraft } from './task-fields.tsx';
import { TaskItem } from './task-item.tsx';

const emptyDraft: TaskDraft = { title: '', dueOn: '', assignee: '' };

/** Due state of a household's task, computed here (the list on the household page has none). */
function dueState(dueOn: string | null, today: string): string {
  if (dueOn === null) return 'sans_date';
  return dueOn < today ? 'en_retard' : dueOn === today ? 'aujourdhui' : 'a_venir';
}

/** The household's tasks of my organisation: add one (due date, assignee), close with outcome. */
export function TasksSection({
  household,
  editable,
  onChanged,
}: {
  household: Household;
  editable: boolean;
  onChanged: () => void;
}) {
  const [members, setMembers] = useState<{ id: string; name: string }[]>([]);
  const [draft, setDraft] = useState<TaskDraft>(emptyDraft);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (editable) listMembers().then(setMembers, () => setMembers([]));
  }, [editable]);
  const today = new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby="taches">
      <h2 id="taches">Tâches</h2>
      {household.tasks.length === 0 ? (
        <p>Aucune tâche.</p>
      ) : (
        <ul>
          {household.tasks.map((task) => (
            <TaskItem
              key={task.id}
              task={{ ...task, dueState: dueState(task.dueOn, today) }}
              closable={editable}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {editable && (
        <form
          className="fr-mt-2w"
          onSubmit={(event) => {
            event.preventDefault();
            createTask(household.id, taskInput(draft)).then(
              () => {
                setDraft(emptyDraft);
                setError(undefined);
                onChanged();
              },
              (e: Error) => setError(e.message),
            );
          }}
        >
          <h3>Nouvelle tâche</h3>
          <TaskFields draft={draft} members={members} onChange={setDraft} />
          {error !== undefined && <p className="fr-error-text">{error}</p>}
          <Button type="submit" disabled={draft.title.trim() === ''}>
            Ajouter la tâche
          </Button>
        </form>
      )}
    </section>
  );
}
