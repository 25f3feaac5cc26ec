import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { downloadLetters, fetchMyCandidates, type MyCandidate } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { MyCandidateCard } from './my-candidate-card.tsx';

/**
 * /reperage/mes-personnes, for an ambassador: the people a coordinator assigned to me, with their
 * names and addresses (each display is recorded in the audit log), the outcome of each contact,
 * the case file in one click, and the invitation letters for those without phone nor e-mail.
 */
export function MyPeoplePage() {
  usePageTitle('Mes personnes à rencontrer');
  const [people, setPeople] = useState<MyCandidate[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [meetingAt, setMeetingAt] = useState('');
  const [place, setPlace] = useState('');
  const [letterUrl, setLetterUrl] = useState<string | undefined>();

  const load = useCallback(() => {
    fetchMyCandidates().then(setPeople, (e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  useEffect(
    () => () => {
      if (letterUrl) URL.revokeObjectURL(letterUrl);
    },
    [letterUrl],
  );

  const toWrite = people?.filter((p) => p.needsLetter) ?? [];
  const onLetters = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const meeting = meetingAt && place.trim() ? { at: meetingAt, place: place.trim() } : null;
    downloadLetters(
      toWrite.map((p) => p.id),
      meeting,
    ).then(
      (pdf) => {
        setLetterUrl(URL.createObjectURL(pdf));
        load();
      },
      (e: Error) => setError(e.message),
    );
  };

  if (people === undefined && error === undefined) {
    return <p role="status">Chargement de vos personnes…</p>;
  }
  return (
    <>
      <h1>Mes personnes à rencontrer</h1>
      <p>
        Les personnes que la coordination vous a attribuées après le croisement des fichiers des
        partenaires. Leur nom n’est montré qu’à vous, et chaque consultation est tracée.
      </p>
      {error !== undefined && <Alert severity="error" title="Erreur" description={error} small />}
      {people?.length === 0 && <p>Personne ne vous est attribué pour l’instant.</p>}
      {people?.map((p) => (
        <MyCandidateCard key={p.id} candidate={p} onChanged={load} />
      ))}
      {toWrite.length > 0 && (
        <form onSubmit={onLetters} aria-labelledby="letters-title" className="fr-mt-4w">
          <h2 id="letters-title">Courriers d’invitation</h2>
          <p>
            {toWrite.length} personne(s) sans téléphone ni courriel. Le courrier présente votre
            organisation, le droit concerné et propose un rendez-vous.
          </p>
          <Input
            label="Date et heure du rendez-vous proposé (facultatif)"
            nativeInputProps={{
              type: 'datetime-local',
              value: meetingAt,
              onChange: (e) => setMeetingAt(e.target.value),
            }}
          />
          <Input
            label="Lieu du rendez-vous"
            hintText="Par exemple : au CCAS, 1 place de la Mairie"
            nativeInputProps={{ value: place, onChange: (e) => setPlace(e.target.value) }}
          />
          <Button type="submit">Préparer les courriers (PDF)</Button>
          {letterUrl !== undefined && (
            <p role="status" className="fr-mt-2w">
              <a href={letterUrl} download="courriers-invitation.pdf">
                Télécharger les courriers d’invitation (PDF)
              </a>
            </p>
          )}
        </form>
      )}
    </>
  );
}
