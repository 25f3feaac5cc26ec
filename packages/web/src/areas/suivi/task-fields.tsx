import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';

/** A task as its form holds it: empty strings for no due date and nobody in particular. */
export interface TaskDraft {
  title: string;
  dueOn: string;
  assignee: string;
}

/**
 * What to do, due date and assignee of a task, for its creation and its change. `of` names the
 * task being changed in the labels, so that they stay unique next to the creation form.
 */
export function TaskFields({
  draft,
  members,
  of,
  onChange,
}: {
  draft: TaskDraft;
  members: readonly { id: string; name: string }[];
  of?: string;
  onChange: (draft: TaskDraft) => void;
}) {
  const suffix = of === undefined ? '' : ` — « ${of} »`;
  return (
    <>
      <Input
        label={`Ce qu’il faut faire${suffix}`}
        nativeInputProps={{
          value: draft.title,
          required: true,
          maxLength: 200,
          onChange: (e) => onChange({ ...draft, title: e.target.value }),
        }}
      />
      <Input
        label={`Échéance${suffix}`}
        hintText="Facultative"
        nativeInputProps={{
          type: 'date',
          value: draft.dueOn,
          onChange: (e) => onChange({ ...draft, dueOn: e.target.value }),
        }}
      />
      <Select
        label={`Confiée à${suffix}`}
        nativeSelectProps={{
          value: draft.assignee,
          onChange: (e) => onChange({ ...draft, assignee: e.target.value }),
        }}
      >
        <option value="">Personne en particulier</option>
        {members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </Select>
    </>
  );
}

/** The API's fields of a draft. */
export function taskInput(draft: TaskDraft) {
  return {
    title: draft.title.trim(),
    dueOn: draft.dueOn === '' ? null : draft.dueOn,
    assigneeId: draft.assignee === '' ? null : draft.assignee,
  };
}
