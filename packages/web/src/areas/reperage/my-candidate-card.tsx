import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  createCandidateHousehold,
  outreachOutcomeLabels,
  recordOutcome,
  type MyCandidate,
  type OutreachOutcome,
} from '../../api/index.ts';
import { euros } from './outreach-labels.ts';

function fullName(c: MyCandidate): string {
  const i = c.identities.find((x) => x.lastName ?? x.birthName) ?? c.identities[0];
  return [i?.firstNames, i?.lastName ?? i?.birthName].filter(Boolean).join(' ') || 'Nom inconnu';
}

/** One assigned person: who, where, how to reach them, why, and the outcome of the contact. */
export function MyCandidateCard({
  candidate,
  onChanged,
}: {
  candidate: MyCandidate;
  onChanged: () => void;
}) {
  const navigate = useNavigate();
  const [outcome, setOutcome] = useState<OutreachOutcome>(candidate.outcome ?? 'joint');
  const [note, setNote] = useState(candidate.outcomeNote ?? '');
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const titleId = `personne-${candidate.id}`;

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    recordOutcome(candidate.id, outcome, note.trim() || null).then(
      () => {
        setSaved(true);
        onChanged();
      },
      (e: Error) => setError(e.message),
    );
  };
  const onCreate = () => {
    createCandidateHousehold(candidate.id).then(
      ({ id }) => void navigate(`/suivi/menages/${id}`),
      (e: Error) => setError(e.message),
    );
  };

  return (
    <section className="fr-card fr-p-3w fr-mb-3w" aria-labelledby={titleId}>
      <h2 id={titleId} className="fr-h4">
        {fullName(candidate)}
      </h2>
      <p>
        <strong>{candidate.ruleTitle}</strong> — environ {euros(candidate.amount)} par mois.
        {candidate.rightOpened && ' Droit ouvert.'}
      </p>
      <ul>
        {candidate.identities.map((i, k) => (
          <li key={k}>
            Selon {i.partner} :{' '}
            {[i.address, i.postcode, i.commune].filter(Boolean).join(' ') || 'adresse inconnue'}
            {i.birthDate ? ` ; née ou né le ${i.birthDate.split('-').reverse().join('/')}` : ''}
            {i.phone ? ` ; téléphone ${i.phone}` : ''}
            {i.email ? ` ; courriel ${i.email}` : ''}
          </li>
        ))}
      </ul>
      {candidate.needsLetter && (
        <p className="fr-text--sm">
          Ni téléphone ni courriel : un courrier d’invitation est prévu pour cette personne
          {candidate.letterAt ? ` (dernier le ${candidate.letterAt.slice(0, 10)})` : ''}.
        </p>
      )}
      <details>
        <summary>Pourquoi cette personne</summary>
        <p className="fr-text--sm">{candidate.explanation}</p>
      </details>
      <form
        onSubmit={onSave}
        aria-label={`Résultat de la prise de contact avec ${fullName(candidate)}`}
      >
        <Select
          label="Résultat de la prise de contact"
          nativeSelectProps={{
            value: outcome,
            onChange: (e) => setOutcome(e.target.value as OutreachOutcome),
          }}
        >
          {Object.entries(outreachOutcomeLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
        <Input
          label="Note (facultative)"
          nativeInputProps={{
            value: note,
            maxLength: 1000,
            onChange: (e) => setNote(e.target.value),
          }}
        />
        <Button type="submit">Enregistrer le résultat</Button>
        {saved && (
          <p role="status" className="fr-valid-text">
            Résultat enregistré.
          </p>
        )}
      </form>
      <p className="fr-mt-2w">
        {candidate.householdId ? (
          <Link to={`/suivi/menages/${candidate.householdId}`}>Ouvrir le dossier du ménage</Link>
        ) : (
          <Button priority="secondary" onClick={onCreate}>
            Créer le dossier du ménage
          </Button>
        )}
      </p>
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
