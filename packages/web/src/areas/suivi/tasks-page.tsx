import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useCallback, useEffect, useState } from 'react';
import { listTasks, type Task } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useAuthenticatedSession } from '../../session/session-context.tsx';
import { writerRoles } from './suivi-labels.ts';
import { TaskItem } from './task-item.tsx';

const groups: { state: Task['dueState'] | 'faite'; title: string }[] = [
  { state: 'en_retard', title: 'En retard' },
  { state: 'aujourdhui', title: 'Pour aujourd’hui' },
  { state: 'a_venir', title: 'À venir' },
  { state: 'sans_date', title: 'Sans échéance' },
  { state: 'faite', title: 'Faites' },
];

/** /suivi/taches: my tasks (or my organisation's), late and due today first. */
export function TasksPage() {
  usePageTitle('Mes tâches');
  const { membership } = useAuthenticatedSession();
  const [mine, setMine] = useState(true);
  const [tasks, setTasks] = useState<Task[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const reload = useCallback(() => {
    listTasks(mine).then(setTasks, (e: Error) => setError(e.message));
  }, [mine]);
  useEffect(reload, [reload]);
  const closable = writerRoles.includes(membership.role);

  return (
    <>
      <h1>Mes tâches</h1>
      <SegmentedControl
        legend="Tâches affichées"
        segments={[
          {
            label: 'Qui me sont confiées',
            nativeInputProps: { checked: mine, onChange: () => setMine(true) },
          },
          {
            label: 'De toute mon organisation',
            nativeInputProps: { checked: !mine, onChange: () => setMine(false) },
          },
        ]}
      />
      {error !== undefined && <Alert severity="error" title="Erreur" description={error} />}
      {tasks === undefined ? (
        <p role="status">Chargement des tâches…</p>
      ) : tasks.length === 0 ? (
        <p>Aucune tâche.</p>
      ) : (
        groups.map(({ state, title }) => {
          const inGroup = tasks.filter((task) =>
            state === 'faite'
              ? task.status === 'faite'
              : task.status === 'a_faire' && task.dueState === state,
          );
          if (inGroup.length === 0) return null;
          return (
            <section key={state} aria-labelledby={`taches-${state}`}>
              <h2 id={`taches-${state}`}>
                {title} ({inGroup.length})
              </h2>
              <ul>
                {inGroup.map((task) => (
                  <TaskItem key={task.id} task={task} closable={closable} onChanged={reload} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
