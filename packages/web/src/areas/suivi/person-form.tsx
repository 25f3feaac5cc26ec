import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useId, useState, type FormEvent } from 'react';
import type { PersonFields, PersonRole } from '../../api/index.ts';
import { personRoleOptions } from './suivi-labels.ts';

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The fields of a person (names, birth date, contact, place in the household, which is the
 * engine's famille role: demandeur and conjoint are the parents, enfant a dependent child).
 */
export function PersonForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial?: Partial<PersonFields>;
  submitLabel: string;
  onSubmit: (person: PersonFields) => Promise<unknown>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [role, setRole] = useState<PersonRole>(initial?.role ?? 'enfant');
  const [firstName, setFirstName] = useState(initial?.firstName ?? '');
  const [lastName, setLastName] = useState(initial?.lastName ?? '');
  const [birthDate, setBirthDate] = useState(initial?.birthDate ?? '');
  const [phone, setPhone] = useState(initial?.phone ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    onSubmit({
      role,
      firstName,
      lastName,
      birthDate: orNull(birthDate),
      phone: orNull(phone),
      email: orNull(email),
    }).catch((e: Error) => setError(e.message));
  };

  return (
    <form onSubmit={submit} aria-describedby={error === undefined ? undefined : `${id}-error`}>
      <Select
        label="Place dans le ménage"
        nativeSelectProps={{
          value: role,
          onChange: (e) => setRole(e.target.value as PersonRole),
        }}
      >
        {personRoleOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <Input
        label="Prénom"
        nativeInputProps={{
          value: firstName,
          required: true,
          autoComplete: 'off',
          onChange: (e) => setFirstName(e.target.value),
        }}
      />
      <Input
        label="Nom"
        nativeInputProps={{
          value: lastName,
          required: true,
          autoComplete: 'off',
          onChange: (e) => setLastName(e.target.value),
        }}
      />
      <Input
        label="Date de naissance"
        nativeInputProps={{
          type: 'date',
          value: birthDate,
          onChange: (e) => setBirthDate(e.target.value),
        }}
      />
      <Input
        label="Téléphone"
        hintText="Facultatif. Exemple : 06 12 34 56 78"
        nativeInputProps={{
          type: 'tel',
          value: phone,
          autoComplete: 'off',
          onChange: (e) => setPhone(e.target.value),
        }}
      />
      <Input
        label="Adresse e-mail"
        hintText="Facultatif."
        nativeInputProps={{
          type: 'email',
          value: email,
          autoComplete: 'off',
          onChange: (e) => setEmail(e.target.value),
        }}
      />
      {error !== undefined && (
        <p id={`${id}-error`} className="fr-error-text" role="alert">
          {error}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit">{submitLabel}</Button>
        </li>
        {onCancel !== undefined && (
          <li>
            <Button type="button" priority="secondary" onClick={onCancel}>
              Annuler
            </Button>
          </li>
        )}
      </ul>
    </form>
  );
}
