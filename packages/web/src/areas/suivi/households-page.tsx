import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { createHousehold, listHouseholds, type HouseholdSummary } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { frenchDate } from './suivi-labels.ts';

function personNames(household: HouseholdSummary): string {
  return household.persons.map((p) => `${p.firstName} ${p.lastName}`).join(', ') || 'Sans nom';
}

/**
 * /suivi: the households my organisation follows or received, with one search box for a name
 * (spelling tolerated), a birth date or a phone number.
 */
export function HouseholdsPage() {
  usePageTitle('Ménages suivis');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [households, setHouseholds] = useState<HouseholdSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');

  const search = (q: string) => {
    setError(undefined);
    listHouseholds(q).then(setHouseholds, (e: Error) => setError(e.message));
  };
  useEffect(() => {
    listHouseholds('').then(setHouseholds, (e: Error) => setError(e.message));
  }, []);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    search(query);
  };
  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    createHousehold({ persons: [{ role: 'demandeur', firstName, lastName }] }).then(
      ({ id }) => void navigate(`/suivi/menages/${id}`),
      (e: Error) => setError(e.message),
    );
  };

  return (
    <>
      <h1>Ménages suivis</h1>
      <p>
        <Link to="/suivi/orientations">Boîte des orientations de mon organisation</Link>
        {' · '}
        <Link to="/suivi/taches">Mes tâches</Link>
      </p>
      <form onSubmit={onSearch} role="search" aria-label="Rechercher un ménage">
        <Input
          label="Nom, date de naissance ou téléphone"
          hintText="Par exemple : Lefebvre, 12/03/1980 ou 06 12 34 56 78, seuls ou ensemble. Les accents et l’orthographe approchée sont tolérés (Lefèvre, Lefebvre…)."
          nativeInputProps={{
            value: query,
            type: 'search',
            autoComplete: 'off',
            onChange: (e) => setQuery(e.target.value),
          }}
        />
        <Button type="submit">Rechercher</Button>
      </form>
      {error !== undefined && <Alert severity="error" title="Erreur" description={error} small />}
      {households !== undefined && (
        <>
          <h2 className="fr-mt-4w">
            {households.length} ménage{households.length > 1 ? 's' : ''}
          </h2>
          <ul>
            {households.map((household) => (
              <li key={household.id}>
                <Link to={`/suivi/menages/${household.id}`}>{personNames(household)}</Link>
                {household.persons[0]?.birthDate != null &&
                  `, née ou né le ${frenchDate(household.persons[0].birthDate)}`}
                {household.quartier !== null && ` — ${household.quartier}`}
                {!household.owned && ' (orientation reçue)'}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="fr-mt-4w">Ouvrir un dossier</h2>
      <form onSubmit={onCreate}>
        <Input
          label="Prénom de la personne"
          nativeInputProps={{
            value: firstName,
            required: true,
            onChange: (e) => setFirstName(e.target.value),
          }}
        />
        <Input
          label="Nom de la personne"
          nativeInputProps={{
            value: lastName,
            required: true,
            onChange: (e) => setLastName(e.target.value),
          }}
        />
        <Button type="submit">Ouvrir le dossier</Button>
      </form>
    </>
  );
}
