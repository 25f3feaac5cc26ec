import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { benefitLabels, choosableBenefitIds } from '@znr/rules';
import type { BlockageInput } from '../../api/index.ts';
import { institutionOptions, optionOf } from './network-labels.ts';

/** A blockage as its form holds it: no benefit chosen is the empty option. */
export type BlockageForm = Omit<BlockageInput, 'benefit'> & {
  benefit: BlockageInput['benefit'] | '';
};

/** The text of a blockage, shared by the form that raises it and the one that edits it. */
export function BlockageFields({
  value,
  onChange,
}: {
  value: BlockageForm;
  onChange: (value: BlockageForm) => void;
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
          onChange: (e) =>
            onChange({
              ...value,
              institution: optionOf(institutionOptions, e.target.value) ?? value.institution,
            }),
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
      <Select
        label="Aide concernée (facultatif)"
        nativeSelectProps={{
          value: value.benefit ?? '',
          onChange: (e) =>
            onChange({
              ...value,
              benefit: choosableBenefitIds.find((id) => id === e.target.value) ?? '',
            }),
        }}
      >
        <option value="">Aucune en particulier</option>
        {choosableBenefitIds.map((id) => (
          <option key={id} value={id}>
            {benefitLabels[id].long}
          </option>
        ))}
      </Select>
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
