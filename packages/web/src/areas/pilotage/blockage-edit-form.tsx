import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { choosableBenefitIds } from '@znr/rules';
import { useState, type FormEvent } from 'react';
import { updateBlockage, type Blockage } from '../../api/index.ts';
import { BlockageFields, type BlockageForm } from './blockage-fields.tsx';

export type Member = { id: string; name: string };

/**
 * Edits a blockage for the coordination: its text, who follows it and the answer received from the
 * institution. `members` are the people who may follow it (the current owner is kept even when
 * they are not listed).
 */
export function BlockageEditForm({
  blockage,
  members,
  onSaved,
}: {
  blockage: Blockage;
  members: Member[];
  onSaved: (error?: string) => void;
}) {
  const [text, setText] = useState<BlockageForm>({
    title: blockage.title,
    description: blockage.description,
    institution: blockage.institution,
    institutionOther: blockage.institutionOther ?? '',
    benefit: choosableBenefitIds.find((id) => id === blockage.benefit) ?? '',
    examples: blockage.examples ?? '',
  });
  const [ownerId, setOwnerId] = useState(blockage.ownerId ?? '');
  const [answer, setAnswer] = useState(blockage.answer ?? '');
  const owners =
    blockage.ownerId && !members.some((m) => m.id === blockage.ownerId)
      ? [{ id: blockage.ownerId, name: blockage.ownerName ?? 'Personne actuelle' }, ...members]
      : members;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    updateBlockage(blockage.id, {
      ...text,
      institutionOther: text.institution === 'autre' ? text.institutionOther : null,
      benefit: text.benefit || null,
      examples: text.examples || null,
      ownerId: ownerId || null,
      answer: answer || null,
    }).then(
      () => onSaved(),
      (e: Error) => onSaved(e.message),
    );
  };

  return (
    <form onSubmit={onSubmit} aria-label={`Modifier le blocage « ${blockage.title} »`}>
      <Select
        label="Personne qui suit le blocage"
        nativeSelectProps={{
          value: ownerId,
          onChange: (e) => setOwnerId(e.target.value),
        }}
      >
        <option value="">Personne pour l’instant</option>
        {owners.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </Select>
      <Input
        label="Réponse reçue de l’organisme"
        hintText="Ce que l’organisme a répondu, et quand."
        textArea
        nativeTextAreaProps={{
          value: answer,
          onChange: (e) => setAnswer(e.target.value),
        }}
      />
      <BlockageFields value={text} onChange={setText} />
      <Button type="submit" size="small">
        Enregistrer les modifications
      </Button>
    </form>
  );
}
