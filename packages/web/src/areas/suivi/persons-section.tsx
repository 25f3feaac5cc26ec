import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useState, type FormEvent } from 'react';
import {
  addPerson,
  updateAddress,
  updatePerson,
  type Household,
  type Person,
} from '../../api/index.ts';
import { PersonForm } from './person-form.tsx';
import { frenchDate, personRoleOptions, socialFollowUpOptions } from './suivi-labels.ts';

function roleLabel(role: string): string {
  return personRoleOptions.find((option) => option.value === role)?.label ?? role;
}

function PersonItem({
  person,
  editable,
  onChanged,
}: {
  person: Person;
  editable: boolean;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const name = `${person.firstName} ${person.lastName}`;
  if (editing) {
    return (
      <li>
        <h3 className="fr-h6">Modifier {name}</h3>
        <PersonForm
          initial={person}
          submitLabel="Enregistrer la personne"
          onCancel={() => setEditing(false)}
          onSubmit={(fields) =>
            updatePerson(person.id, fields).then(() => {
              setEditing(false);
              onChanged();
            })
          }
        />
      </li>
    );
  }
  return (
    <li>
      <strong>{name}</strong> — {roleLabel(person.role)}
      {person.birthDate !== null && `, née ou né le ${frenchDate(person.birthDate)}`}
      {person.phone !== null && `, ${person.phone}`}
      {person.email !== null && `, ${person.email}`}{' '}
      {editable && (
        <Button
          size="small"
          priority="tertiary"
          onClick={() => setEditing(true)}
          nativeButtonProps={{ 'aria-label': `Modifier ${name}` }}
        >
          Modifier
        </Button>
      )}
    </li>
  );
}

function AddressForm({ household, onDone }: { household: Household; onDone: () => void }) {
  const [address, setAddress] = useState(household.address ?? '');
  const [commune, setCommune] = useState(household.commune ?? '');
  const [quartier, setQuartier] = useState(household.quartier ?? '');
  const [qpv, setQpv] = useState(household.qpv);
  const [socialFollowUp, setSocialFollowUp] = useState(household.socialFollowUp);
  const [metInOutreach, setMetInOutreach] = useState(household.metInOutreach);
  const [error, setError] = useState<string | undefined>();
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    updateAddress(household.id, {
      address: orNull(address),
      commune: orNull(commune),
      quartier: orNull(quartier),
      qpv,
      socialFollowUp,
      metInOutreach,
    }).then(onDone, (e: Error) => setError(e.message));
  };
  return (
    <form onSubmit={submit}>
      <Input
        label="Adresse"
        nativeInputProps={{ value: address, onChange: (e) => setAddress(e.target.value) }}
      />
      <Input
        label="Commune"
        nativeInputProps={{ value: commune, onChange: (e) => setCommune(e.target.value) }}
      />
      <Input
        label="Quartier"
        nativeInputProps={{ value: quartier, onChange: (e) => setQuartier(e.target.value) }}
      />
      <Checkbox
        options={[
          {
            label: 'Quartier prioritaire de la politique de la ville (QPV)',
            nativeInputProps: { checked: qpv, onChange: (e) => setQpv(e.target.checked) },
          },
        ]}
      />
      <RadioButtons
        legend="Le ménage est-il déjà suivi par un travailleur social ?"
        hintText="Pour l’indicateur « part des ménages sans suivi social »."
        orientation="horizontal"
        options={socialFollowUpOptions.map((option) => ({
          label: option.label,
          nativeInputProps: {
            checked: socialFollowUp === option.value,
            onChange: () => setSocialFollowUp(option.value),
          },
        }))}
      />
      <Checkbox
        options={[
          {
            label: 'Rencontré lors d’une action d’aller-vers déjà comptée',
            hintText: 'Les personnes rencontrées ne sont alors pas comptées deux fois.',
            nativeInputProps: {
              checked: metInOutreach,
              onChange: (e) => setMetInOutreach(e.target.checked),
            },
          },
        ]}
      />
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button type="submit">Enregistrer l’adresse</Button>
        </li>
        <li>
          <Button type="button" priority="secondary" onClick={onDone}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}

/** Who lives in the household and where; its organisation adds and edits them. */
export function PersonsSection({
  household,
  editable,
  onChanged,
}: {
  household: Household;
  editable: boolean;
  onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const [editingAddress, setEditingAddress] = useState(false);
  return (
    <section aria-labelledby="personnes">
      <h2 id="personnes">Personnes</h2>
      <ul>
        {household.persons.map((person) => (
          <PersonItem key={person.id} person={person} editable={editable} onChanged={onChanged} />
        ))}
      </ul>
      {editable &&
        (adding ? (
          <>
            <h3 className="fr-h6">Ajouter une personne</h3>
            <PersonForm
              submitLabel="Ajouter la personne"
              onCancel={() => setAdding(false)}
              onSubmit={(fields) =>
                addPerson(household.id, fields).then(() => {
                  setAdding(false);
                  onChanged();
                })
              }
            />
          </>
        ) : (
          <Button size="small" priority="secondary" onClick={() => setAdding(true)}>
            Ajouter une personne
          </Button>
        ))}
      <h3 className="fr-h6 fr-mt-3w">Adresse</h3>
      {editingAddress ? (
        <AddressForm
          household={household}
          onDone={() => {
            setEditingAddress(false);
            onChanged();
          }}
        />
      ) : (
        <>
          <p>
            {household.address ?? 'Adresse non renseignée'}
            <br />
            {household.commune ?? 'Commune non renseignée'}
            {household.quartier !== null && ` — ${household.quartier}`}
            {household.qpv && ' (quartier prioritaire)'}
            <br />
            Suivi par un travailleur social :{' '}
            {socialFollowUpOptions.find((o) => o.value === household.socialFollowUp)?.label ??
              'non renseigné'}
          </p>
          {editable && (
            <Button size="small" priority="secondary" onClick={() => setEditingAddress(true)}>
              Modifier l’adresse
            </Button>
          )}
        </>
      )}
    </section>
  );
}
