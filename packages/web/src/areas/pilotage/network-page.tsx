import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  fetchReferentials,
  importDirectory,
  saveStructure,
  searchDirectory,
  type DirectoryEntry,
  type ImportReport,
  type Referentials,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useSession } from '../../session/session-context.tsx';
import { ServiceForm } from './service-form.tsx';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

/** Reads a chosen file and sends it to the import, JSON or CSV by its name. */
async function importFile(file: File, type: 'structures' | 'services'): Promise<ImportReport> {
  const content = await file.text();
  if (file.name.toLowerCase().endsWith('.csv'))
    return importDirectory({ format: 'csv', type, content });
  const parsed = JSON.parse(content) as
    { structures?: unknown[]; services?: unknown[] } | unknown[];
  return importDirectory(
    Array.isArray(parsed) ? { format: 'json', [type]: parsed } : { format: 'json', ...parsed },
  );
}

/** /pilotage/reseau: the partner directory, searched by need, in the data·inclusion schema. */
export function NetworkPage() {
  usePageTitle('Réseau des partenaires');
  const { state } = useSession();
  const role = state.status === 'authenticated' ? state.session.membership.role : null;
  const manages = role === 'coordinateur' || role === 'pilote';
  const [question, setQuestion] = useState('');
  const [entries, setEntries] = useState<DirectoryEntry[] | undefined>();
  const [referentials, setReferentials] = useState<Referentials | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [importType, setImportType] = useState<'structures' | 'services'>('structures');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const search = useCallback((q: string) => {
    setError(null);
    searchDirectory(q).then(setEntries, (e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    searchDirectory('').then(setEntries, (e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    fetchReferentials().then(setReferentials, () => undefined);
  }, []);
  const themeLabel = (slug: string) =>
    referentials?.thematiques.find((t) => t.value === slug)?.label ?? slug;

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    search(question);
  };
  const onServiceSaved = (what: string) => (message?: string) => {
    if (message) {
      setError(message);
      return;
    }
    setError(null);
    setNotice(what);
    search(question);
  };
  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    saveStructure({ nom: name, telephone: phone || null }).then(
      () => {
        setName('');
        setPhone('');
        search(question);
      },
      (e: Error) => setError(e.message),
    );
  };

  return (
    <>
      <h1>Réseau des partenaires</h1>
      <form onSubmit={onSearch} role="search" aria-label="Rechercher dans l’annuaire">
        <Input
          label="Qui appeler pour…"
          hintText="Décrivez le besoin : « un problème de CAF », « une facture d’énergie », « un impayé de loyer »."
          nativeInputProps={{
            type: 'search',
            value: question,
            onChange: (e) => setQuestion(e.target.value),
          }}
        />
        <Button type="submit" iconId="fr-icon-search-line">
          Chercher
        </Button>
      </form>
      {error && <Alert severity="error" small description={error} className="fr-my-2w" />}
      <div role="status" aria-live="polite">
        {notice && <Alert severity="success" small description={notice} className="fr-my-2w" />}
      </div>
      <div aria-live="polite" className="fr-mt-3w">
        {entries === undefined ? (
          <p role="status">Chargement de l’annuaire…</p>
        ) : entries.length === 0 ? (
          <p>Aucun partenaire ne correspond : essayez d’autres mots.</p>
        ) : (
          <ul className="fr-raw-list">
            {entries.map((entry) => (
              <li key={entry.key} className="fr-mb-3w fr-p-2w znr-card-line">
                <h2 className="fr-h6 fr-mb-1v">{entry.structure.nom}</h2>
                <p className="fr-mb-1v">
                  {[
                    text(entry.structure.commune),
                    text(entry.structure.telephone),
                    text(entry.structure.courriel),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {text(entry.structure.description) && (
                  <p className="fr-mb-1v">{text(entry.structure.description)}</p>
                )}
                {entry.services.length > 0 && (
                  <ul>
                    {entry.services.map(({ key, service, matches }) => (
                      <li key={key}>
                        {matches ? <strong>{service.nom}</strong> : service.nom} —{' '}
                        {text(service.description)}
                        {list(service.thematiques).length > 0 && (
                          <> ({list(service.thematiques).map(themeLabel).join(', ')})</>
                        )}
                        {manages && (
                          <details>
                            <summary>Modifier le service « {service.nom} »</summary>
                            <ServiceForm
                              structure={entry.structure}
                              service={service}
                              referentials={referentials}
                              onSaved={onServiceSaved(`Service « ${service.nom} » modifié.`)}
                            />
                          </details>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {manages && (
                  <details className="fr-mt-1w">
                    <summary>Ajouter un service à {entry.structure.nom}</summary>
                    <ServiceForm
                      structure={entry.structure}
                      referentials={referentials}
                      onSaved={onServiceSaved(`Service ajouté à ${entry.structure.nom}.`)}
                    />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <h2>Échanger l’annuaire au schéma data·inclusion</h2>
      <p>
        <a className="fr-link fr-mr-2w" href="/api/pilotage/reseau/export?format=json" download>
          Exporter en JSON
        </a>
        <a
          className="fr-link fr-mr-2w"
          href="/api/pilotage/reseau/export?format=csv&type=structures"
          download
        >
          Structures en CSV
        </a>
        <a className="fr-link" href="/api/pilotage/reseau/export?format=csv&type=services" download>
          Services en CSV
        </a>
      </p>
      {manages && (
        <>
          <Select
            label="Le fichier CSV contient"
            nativeSelectProps={{
              value: importType,
              onChange: (e) => setImportType(e.target.value as 'structures' | 'services'),
            }}
          >
            <option value="structures">des structures</option>
            <option value="services">des services</option>
          </Select>
          <Input
            label="Importer un fichier (JSON ou CSV)"
            hintText="Les enregistrements invalides sont listés avec la raison ; les autres sont enregistrés."
            nativeInputProps={{
              type: 'file',
              accept: '.json,.csv,application/json,text/csv',
              onChange: (e) => {
                const file = e.target.files?.[0];
                if (file)
                  importFile(file, importType).then(setReport, (err: Error) =>
                    setError(err.message),
                  );
              },
            }}
          />
          {report && (
            <Alert
              severity={report.rejected.length > 0 ? 'warning' : 'success'}
              title={`${report.structures} structure(s) et ${report.services} service(s) enregistrés`}
              description={
                report.rejected.length === 0 ? (
                  'Aucun enregistrement refusé.'
                ) : (
                  <ul>
                    {report.rejected.map((r) => (
                      <li key={`${r.kind}-${r.index}`}>
                        {r.kind} n° {r.index + 1} {r.id ? `(${r.id})` : ''} :{' '}
                        {r.issues.map((i) => `${i.field} — ${i.message}`).join(' ; ')}
                      </li>
                    ))}
                  </ul>
                )
              }
              className="fr-mb-3w"
            />
          )}
          <form onSubmit={onCreate} aria-labelledby="nouvelle-structure">
            <h2 id="nouvelle-structure">Ajouter une structure</h2>
            <Input
              label="Nom"
              nativeInputProps={{
                value: name,
                required: true,
                minLength: 3,
                onChange: (e) => setName(e.target.value),
              }}
            />
            <Input
              label="Téléphone (facultatif)"
              nativeInputProps={{
                type: 'tel',
                value: phone,
                onChange: (e) => setPhone(e.target.value),
              }}
            />
            <Button type="submit">Ajouter</Button>
          </form>
        </>
      )}
    </>
  );
}

export { NetworkPage as Component };
