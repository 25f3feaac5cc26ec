import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { listHouseholds, today, type HouseholdSummary } from '../../api/suivi.ts';
import { adultsOf, childCount, childKey, valueOf, type Answers } from './answers.ts';
import { identifiedRights, newCaseFile, syncPayload, type Names } from './case-file-payload.ts';
import { loadCommunes } from './communes.ts';
import { longDate } from './period.ts';
import { PendingSaves } from './pending-saves.tsx';
import type { BilanOutcome } from './run-bilan.ts';
import type { SaveQueueView } from './use-save-queue.ts';

type Props = {
  outcome: Extract<BilanOutcome, { ok: true }>;
  answers: Answers;
  date: Date;
  saves: SaveQueueView;
};

const WHO = { demandeur: 'la personne', conjoint: 'son conjoint ou sa conjointe' } as const;

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** `1986-05-02` → `02/05/1986`, as dates are written in France. */
const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

function describeHousehold(household: HouseholdSummary): string {
  const persons = household.persons
    .map(
      (p) =>
        `${p.firstName} ${p.lastName}${p.birthDate ? `, né(e) le ${frenchDate(p.birthDate)}` : ''}`,
    )
    .join(' ; ');
  return household.commune ? `${persons} — ${household.commune}` : persons;
}

/**
 * "Save to the case file", asked with the person at the end of the bilan: their consent (oral or
 * written, recorded at that moment), then an existing household (search, with network) or a new
 * case file from the answers. The save goes through the device's queue, so it works offline.
 */
export function SaveToCaseFile({ outcome, answers, date, saves }: Props) {
  const online = useOnline();
  const [clientId, setClientId] = useState<string | null>(null);
  const [consented, setConsented] = useState(false);
  const [method, setMethod] = useState<'oral' | 'ecrit'>('oral');
  const [target, setTarget] = useState<'nouveau' | 'existant'>('nouveau');
  const [names, setNames] = useState<Names>({});
  const [address, setAddress] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<HouseholdSummary[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [searchError, setSearchError] = useState<string | null>(null);
  const [commune, setCommune] = useState<string | undefined>(undefined);
  const adults = adultsOf(answers);
  const children = Array.from({ length: childCount(answers) }, (_, k) => childKey(k));

  useEffect(() => {
    const code = valueOf(answers, 'menage.depcom');
    let current = true;
    void loadCommunes().then((list) => {
      if (current) setCommune(list.find((c) => c.code === code)?.name);
    });
    return () => {
      current = false;
    };
  }, [answers]);

  const mine = clientId && saves.items.find((item) => item.clientId === clientId);
  if (mine) {
    return (
      <section aria-labelledby="dossier" className={fr.cx('fr-mb-6w')} data-save-to-case-file>
        <h2 id="dossier" className="fr-h4">
          Enregistrer dans le dossier de la personne
        </h2>
        <PendingSaves saves={{ ...saves, items: [mine] }} titled={false} />
      </section>
    );
  }

  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearchError(null);
    listHouseholds(query).then(
      (list) => {
        setFound(list.filter((h) => h.owned));
        setChosen(null);
      },
      (failure: unknown) =>
        setSearchError(failure instanceof Error ? failure.message : String(failure)),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!consented) {
      problems.consent = 'Consentement : demandez à la personne son accord avant d’enregistrer.';
    }
    if (target === 'existant' && chosen === null) {
      problems.household = 'Dossier : choisissez un ménage dans la liste, ou un nouveau dossier.';
    }
    if (target === 'nouveau') {
      for (const who of adults) {
        if (!names[who]?.firstName.trim()) problems[`${who}.firstName`] = 'Prénom : à renseigner.';
        if (!names[who]?.lastName.trim()) problems[`${who}.lastName`] = 'Nom : à renseigner.';
      }
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const id = crypto.randomUUID();
    const household =
      target === 'existant' && chosen !== null
        ? { id: chosen }
        : newCaseFile(answers, names, address, commune);
    const first =
      target === 'existant' ? found?.find((h) => h.id === chosen)?.persons[0] : names.demandeur;
    const person = first ? `${first.firstName.trim()} ${first.lastName.trim()}` : 'dossier choisi';
    setClientId(id);
    void saves.enqueue({
      clientId: id,
      label: `Bilan du ${longDate(date)}, ${person}`,
      payload: syncPayload(id, household, { method, givenOn: today() }, answers, outcome, date),
      rights: identifiedRights(outcome),
    });
  };

  // A field corrected loses its error message at once; the others keep theirs until submitted.
  const fixed = (key: string) =>
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([k]) => k !== key)));
  const setName = (who: string, field: 'firstName' | 'lastName', value: string) => {
    fixed(`${who}.${field}`);
    setNames((current) => ({
      ...current,
      [who]: { firstName: '', lastName: '', ...current[who], [field]: value },
    }));
  };

  return (
    <section aria-labelledby="dossier" className={fr.cx('fr-mb-6w')} data-save-to-case-file>
      <h2 id="dossier" className="fr-h4">
        Enregistrer dans le dossier de la personne
      </h2>
      <PendingSaves saves={saves} />
      <p>
        Le bilan n’est envoyé au serveur qu’avec l’accord de la personne. Sans réseau, il attend sur
        l’appareil, chiffré, et part au retour du réseau.
      </p>
      <form onSubmit={submit} noValidate>
        <Checkbox
          legend="Consentement de la personne"
          state={errors.consent ? 'error' : 'default'}
          stateRelatedMessage={errors.consent}
          options={[
            {
              label: 'La personne accepte que ce bilan soit enregistré dans son dossier',
              hintText: `Consentement recueilli aujourd’hui, ${longDate(date)}.`,
              nativeInputProps: {
                name: 'consentement',
                checked: consented,
                onChange: (e) => {
                  fixed('consent');
                  setConsented(e.target.checked);
                },
              },
            },
          ]}
        />
        <RadioButtons
          legend="Comment la personne a-t-elle donné son accord ?"
          orientation="horizontal"
          options={[
            {
              label: 'À l’oral',
              nativeInputProps: {
                name: 'consentement-forme',
                value: 'oral',
                checked: method === 'oral',
                onChange: () => setMethod('oral'),
              },
            },
            {
              label: 'Par écrit',
              nativeInputProps: {
                name: 'consentement-forme',
                value: 'ecrit',
                checked: method === 'ecrit',
                onChange: () => setMethod('ecrit'),
              },
            },
          ]}
        />
        <RadioButtons
          legend="Dossier"
          hintText={
            online
              ? undefined
              : 'Pas de réseau : la recherche d’un dossier existant reviendra avec le réseau. Un nouveau dossier peut être préparé maintenant.'
          }
          options={[
            {
              label: 'Nouveau dossier, à partir des réponses du bilan',
              nativeInputProps: {
                name: 'dossier',
                value: 'nouveau',
                checked: target === 'nouveau',
                onChange: () => setTarget('nouveau'),
              },
            },
            {
              label: 'Dossier existant de mon organisation',
              nativeInputProps: {
                name: 'dossier',
                value: 'existant',
                checked: target === 'existant',
                disabled: !online,
                onChange: () => setTarget('existant'),
              },
            },
          ]}
        />
        {target === 'nouveau' && (
          <fieldset className={fr.cx('fr-fieldset')}>
            <legend className={fr.cx('fr-fieldset__legend')}>Personnes du nouveau dossier</legend>
            {adults.map((who) => (
              <div key={who} className={fr.cx('fr-fieldset__element')}>
                <Input
                  label={`Prénom de ${WHO[who]}`}
                  state={errors[`${who}.firstName`] ? 'error' : 'default'}
                  stateRelatedMessage={errors[`${who}.firstName`]}
                  nativeInputProps={{
                    name: `${who}.prenom`,
                    autoComplete: 'off',
                    value: names[who]?.firstName ?? '',
                    onChange: (e) => setName(who, 'firstName', e.target.value),
                  }}
                />
                <Input
                  label={`Nom de ${WHO[who]}`}
                  state={errors[`${who}.lastName`] ? 'error' : 'default'}
                  stateRelatedMessage={errors[`${who}.lastName`]}
                  nativeInputProps={{
                    name: `${who}.nom`,
                    autoComplete: 'off',
                    value: names[who]?.lastName ?? '',
                    onChange: (e) => setName(who, 'lastName', e.target.value),
                  }}
                />
              </div>
            ))}
            {children.map((who, k) => {
              const birthDate = valueOf(answers, `${who}.date_naissance`);
              return (
                <div key={who} className={fr.cx('fr-fieldset__element')}>
                  <Input
                    label={`Prénom de l’enfant ${k + 1} (facultatif)`}
                    hintText={
                      typeof birthDate === 'string'
                        ? `Né(e) le ${frenchDate(birthDate)}. Sans prénom, l’enfant n’est pas ajouté au dossier.`
                        : 'Sans prénom, l’enfant n’est pas ajouté au dossier.'
                    }
                    nativeInputProps={{
                      name: `${who}.prenom`,
                      autoComplete: 'off',
                      value: names[who]?.firstName ?? '',
                      onChange: (e) => setName(who, 'firstName', e.target.value),
                    }}
                  />
                </div>
              );
            })}
            <div className={fr.cx('fr-fieldset__element')}>
              <Input
                label="Adresse (facultatif)"
                hintText={commune ? `Commune du bilan : ${commune}.` : undefined}
                nativeInputProps={{
                  name: 'adresse',
                  autoComplete: 'off',
                  value: address,
                  onChange: (e) => setAddress(e.target.value),
                }}
              />
            </div>
          </fieldset>
        )}
        {target === 'existant' && (
          <div className={fr.cx('fr-mb-3w')}>
            <Input
              label="Nom ou prénom"
              hintText="Même mal orthographié. Puis « Chercher »."
              nativeInputProps={{
                name: 'recherche-dossier',
                value: query,
                onChange: (e) => setQuery(e.target.value),
                onKeyDown: (e) => {
                  if (e.key === 'Enter') search(e);
                },
              }}
            />
            <Button type="button" priority="secondary" onClick={search}>
              Chercher
            </Button>
            {searchError && <p className="fr-error-text">{searchError}</p>}
            {found && found.length === 0 && <p role="status">Aucun dossier trouvé.</p>}
            {found && found.length > 0 && (
              <RadioButtons
                className={fr.cx('fr-mt-3w')}
                legend="Dossiers trouvés"
                state={errors.household ? 'error' : 'default'}
                stateRelatedMessage={errors.household}
                options={found.map((household) => ({
                  label: describeHousehold(household),
                  nativeInputProps: {
                    name: 'menage',
                    value: household.id,
                    checked: chosen === household.id,
                    onChange: () => {
                      fixed('household');
                      setChosen(household.id);
                    },
                  },
                }))}
              />
            )}
            {errors.household && !found && <p className="fr-error-text">{errors.household}</p>}
          </div>
        )}
        <Button type="submit" iconId="fr-icon-save-line">
          Enregistrer au dossier
        </Button>
      </form>
    </section>
  );
}
