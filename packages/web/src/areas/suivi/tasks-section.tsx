import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import { createTask, listMembers, type Household } from '../../api/index.ts';
import { TaskItem } from './task-item.tsx';

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
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [assignee, setAssignee] = useState('');
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
            createTask(household.id, {
              title,
              dueOn: dueOn === '' ? null : dueOn,
              assigneeId: assignee === '' ? null : assignee,
            }).then(
              () => {
                setTitle('');
                setDueOn('');
                setError(undefined);
                onChanged();
              },
              (e: Error) => setError(e.message),
            );
          }}
        >
          <h3>Nouvelle tâche</h3>
          <Input
            label="Ce qu’il faut faire"
            nativeInputProps={{
              value: title,
              required: true,
              maxLength: 200,
              onChange: (e) => setTitle(e.target.value),
            }}
          />
          <Input
            label="Échéance"
            hintText="Facultative"
            nativeInputProps={{
              type: 'date',
              value: dueOn,
              onChange: (e) => setDueOn(e.target.value),
            }}
          />
          <Select
            label="Confiée à"
            nativeSelectProps={{ value: assignee, onChange: (e) => setAssignee(e.target.value) }}
          >
            <option value="">Personne en particulier</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </Select>
          {error !== undefined && <p className="fr-error-text">{error}</p>}
          <Button type="submit" disabled={title.trim() === ''}>
            Ajouter la tâche
          </Button>
        </form>
      )}
    </section>
  );
}
