import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { BlockageInput } from '../../api/index.ts';
import { institutionOptions } from './network-labels.ts';

/** The text of a blockage, shared by the form that raises it and the one that edits it. */
export function BlockageFields({
  value,
  onChange,
}: {
  value: BlockageInput;
  onChange: (value: BlockageInput) => void;
}) {
  return (
    <>
      <Input
        label="Intitulé"
        nativeInputProps={{
          value: value.title,
          required: true,
          onChange: (e) => onChange({ ...value, title: e.target.value }),
        }}
      />
      <Input
        label="Description"
        textArea
        nativeTextAreaProps={{
          value: value.description,
          required: true,
          onChange: (e) => onChange({ ...value, description: e.target.value }),
        }}
      />
      <Select
        label="Organisme concerné"
        nativeSelectProps={{
          value: value.institution,
          onChange: (e) => onChange({ ...value, institution: e.target.value }),
        }}
      >
        {institutionOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {value.institution === 'autre' && (
        <Input
          label="Quel organisme ?"
          nativeInputProps={{
            value: value.institutionOther ?? '',
            required: true,
            onChange: (e) => onChange({ ...value, institutionOther: e.target.value }),
          }}
        />
      )}
      <Input
        label="Aide concernée (facultatif)"
        hintText="Son identifiant, par exemple rsa, prime_activite, aide_logement, css."
        nativeInputProps={{
          value: value.benefit ?? '',
          onChange: (e) => onChange({ ...value, benefit: e.target.value }),
        }}
      />
      <Alert
        severity="warning"
        small
        className="fr-mb-2w"
        description="Exemples anonymisés : n’écrivez ni nom, ni adresse, ni numéro d’allocataire ou de sécurité sociale."
      />
      <Input
        label="Exemples (anonymisés)"
        textArea
        nativeTextAreaProps={{
          value: value.examples ?? '',
          onChange: (e) => onChange({ ...value, examples: e.target.value }),
        }}
      />
    </>
  );
}
