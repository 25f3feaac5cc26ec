import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState, type FormEvent } from 'react';
import {
  createAgreement,
  fetchFields,
  listPartners,
  updateAgreement,
  type AgreementInput,
  type CanonicalField,
} from '../../api/index.ts';

function inOneYear(): { from: string; to: string } {
  const today = new Date();
  const next = new Date(today);
  next.setFullYear(today.getFullYear() + 1);
  return { from: today.toISOString().slice(0, 10), to: next.toISOString().slice(0, 10) };
}

/**
 * The coordinator's form to create a data-sharing agreement (created as a draft) or, given
 * `editing`, to amend the terms of an existing one.
 */
export function AgreementForm({
  onCreated,
  editing,
}: {
  onCreated: (id: string) => void;
  editing?: { id: string; terms: AgreementInput };
}) {
  const dates = inOneYear();
  const [fields, setFields] = useState<CanonicalField[]>([]);
  const [partners, setPartners] = useState<{ id: string; name: string }[]>([]);
  const [input, setInput] = useState<AgreementInput>(
    editing?.terms ?? {
      title: '',
      purpose: '',
      legalBasis: 'article L.114-8 du CRPA (loi 3DS)',
      parties: [],
      fields: [],
      retentionMonths: 12,
      dpoContact: '',
      validFrom: dates.from,
      validTo: dates.to,
    },
  );
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    fetchFields().then(setFields, (e: Error) => setError(e.message));
    listPartners().then(setPartners, (e: Error) => setError(e.message));
  }, []);

  const set = <K extends keyof AgreementInput>(key: K, value: AgreementInput[K]) =>
    setInput((current) => ({ ...current, [key]: value }));
  const toggle = (key: 'parties' | 'fields', value: string, on: boolean) =>
    setInput((current) => ({
      ...current,
      [key]: on ? [...current[key], value] : current[key].filter((v) => v !== value),
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const saved =
      editing === undefined
        ? createAgreement(input).then(({ id }) => id)
        : updateAgreement(editing.id, input).then(() => editing.id);
    saved.then(onCreated, (e: Error) => setError(e.message));
  };

  const text = (key: 'title' | 'purpose' | 'legalBasis' | 'dpoContact', label: string) => (
    <Input
      label={label}
      nativeInputProps={{
        required: true,
        value: input[key],
        onChange: (e) => set(key, e.target.value),
      }}
    />
  );

  return (
    <form onSubmit={submit} aria-labelledby="formulaire-convention">
      <h2 id="formulaire-convention">
        {editing === undefined ? 'Nouvelle convention' : 'Modifier les termes (avenant)'}
      </h2>
      {text('title', 'Intitulé')}
      {text('purpose', 'Finalité du traitement')}
      {text('legalBasis', 'Base légale')}
      {text('dpoContact', 'Contact du délégué à la protection des données')}
      <Input
        label="Conservation (mois)"
        nativeInputProps={{
          type: 'number',
          min: 1,
          max: 120,
          value: input.retentionMonths,
          onChange: (e) => set('retentionMonths', Number(e.target.value)),
        }}
      />
      <Input
        label="Valable du"
        nativeInputProps={{
          type: 'date',
          value: input.validFrom,
          onChange: (e) => set('validFrom', e.target.value),
        }}
      />
      <Input
        label="Valable jusqu’au"
        nativeInputProps={{
          type: 'date',
          value: input.validTo,
          onChange: (e) => set('validTo', e.target.value),
        }}
      />
      <Checkbox
        legend="Organisations parties"
        options={partners.map((partner) => ({
          label: partner.name,
          nativeInputProps: {
            checked: input.parties.includes(partner.id),
            onChange: (e) => toggle('parties', partner.id, e.target.checked),
          },
        }))}
      />
      {(['identite', 'attribut'] as const).map((kind) => (
        <Checkbox
          key={kind}
          legend={
            kind === 'identite'
              ? 'Champs d’identité partagés (pseudonymisés)'
              : 'Autres champs partagés'
          }
          small
          options={fields
            .filter((field) => field.kind === kind)
            .map((field) => ({
              label: field.unit ? `${field.label} (${field.unit})` : field.label,
              nativeInputProps: {
                checked: input.fields.includes(field.name),
                onChange: (e) => toggle('fields', field.name, e.target.checked),
              },
            }))}
        />
      ))}
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
      <Button type="submit">
        {editing === undefined ? 'Créer la convention (brouillon)' : 'Enregistrer l’avenant'}
      </Button>
    </form>
  );
}
