import { fr } from '@codegouvfr/react-dsfr';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { exactCommune, loadCommunes, searchCommunes, type Commune } from './communes.ts';

type Props = {
  name: string;
  label: ReactNode;
  /** The chosen commune's INSEE code, or '' while none is chosen. */
  value: string;
  onChange: (code: string) => void;
  error: string | null;
};

const describe = (c: Commune) => `${c.name} (${c.postalCodes.slice(0, 3).join(', ') || c.code})`;

/** The commune question: type a name or a postal code, then pick among the communes found. */
export function CommuneField({ name, label, value, onChange, error }: Props) {
  const [communes, setCommunes] = useState<Commune[] | null>(null);
  const [query, setQuery] = useState(value);
  useEffect(() => {
    let current = true;
    void loadCommunes().then((list) => current && setCommunes(list));
    return () => {
      current = false;
    };
  }, []);
  const matches = useMemo(
    () => (communes ? searchCommunes(communes, query) : []),
    [communes, query],
  );
  // A query that names one commune without doubt chooses it (also when coming back to the question).
  useEffect(() => {
    const exact = exactCommune(matches, query);
    if (exact && exact.code !== value) onChange(exact.code);
  }, [matches, query, value, onChange]);

  return (
    <>
      <Input
        label={label}
        hintText="Le nom de la commune ou son code postal, par exemple Vénissieux ou 69200."
        state={error && matches.length === 0 ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeInputProps={{
          name,
          value: query,
          autoComplete: 'off',
          onChange: (event) => {
            setQuery(event.target.value);
            onChange('');
          },
        }}
      />
      <div aria-live="polite" className={fr.cx('fr-mb-2w')}>
        {communes === null ? (
          <p role="status">Chargement de la liste des communes…</p>
        ) : query.trim().length >= 2 && matches.length === 0 ? (
          <p>Aucune commune trouvée : vérifiez l’orthographe ou essayez le code postal.</p>
        ) : matches.length > 0 ? (
          <RadioButtons
            legend="Communes trouvées"
            name={`${name}-choix`}
            state={error ? 'error' : 'default'}
            stateRelatedMessage={error}
            options={matches.map((commune) => ({
              label: describe(commune),
              nativeInputProps: {
                value: commune.code,
                checked: value === commune.code,
                onChange: () => onChange(commune.code),
              },
            }))}
          />
        ) : null}
      </div>
    </>
  );
}
