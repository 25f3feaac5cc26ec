import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { fetchAudit, type AuditEntry, type AuditFilter } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { FilterDate, FilterSelect } from './filter-fields.tsx';
import { frenchDateTime } from './suivi-labels.ts';

const actionLabels: Record<string, string> = {
  lecture: 'Consultation',
  creation: 'Création',
  modification: 'Modification',
  suppression: 'Suppression',
  export: 'Export RGPD',
  relance: 'Bilan relancé',
  acceptee: 'Orientation acceptée',
  refusee: 'Orientation refusée',
  cloturee: 'Orientation clôturée',
};
const entityLabels: Record<string, string> = {
  household: 'dossier',
  person: 'personne',
  consent: 'consentement',
  bilan: 'bilan',
  right: 'droit',
  referral: 'orientation',
  task: 'tâche',
  timeline: 'chronologie',
};

function distinct(entries: AuditEntry[], key: 'organisation' | 'user'): [string, string][] {
  const found = new Map<string, string>();
  for (const entry of entries) {
    const id = key === 'organisation' ? entry.organisationId : entry.userId;
    const name = key === 'organisation' ? entry.organisationName : entry.userName;
    if (id !== null) found.set(id, name ?? 'Compte supprimé');
  }
  return [...found].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
}

/** /suivi/menages/:id/journal: who accessed the household, for its organisation's administrator. */
export function AuditPage() {
  usePageTitle('Journal d’accès du dossier');
  const { id = '' } = useParams();
  const [all, setAll] = useState<AuditEntry[] | undefined>();
  const [entries, setEntries] = useState<AuditEntry[] | undefined>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    fetchAudit(id).then(
      (found) => {
        setAll(found);
        setEntries(found);
      },
      (e: Error) => setError(e.message),
    );
  }, [id]);
  const set = (key: keyof AuditFilter) => (value: string | undefined) =>
    setFilter((current) => ({ ...current, [key]: value }));
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    fetchAudit(id, filter).then(setEntries, (e: Error) => setError(e.message));
  };
  const options = all ?? [];

  return (
    <>
      <h1>Journal d’accès du dossier</h1>
      <p>
        Qui a consulté ou modifié ce dossier, de votre organisation ou d’un partenaire qui l’a reçu
        en orientation. <Link to={`/suivi/menages/${id}`}>Retour au dossier</Link>
      </p>
      <form onSubmit={apply} aria-label="Filtrer le journal" className="fr-mb-4w">
        <div className="fr-grid-row fr-grid-row--gutters">
          <FilterSelect
            label="Organisation"
            value={filter.organisationId}
            onChange={set('organisationId')}
            choices={distinct(options, 'organisation')}
          />
          <FilterSelect
            label="Personne"
            value={filter.userId}
            onChange={set('userId')}
            choices={distinct(options, 'user')}
          />
          <FilterSelect
            label="Action"
            value={filter.action}
            onChange={set('action')}
            choices={[...new Set(options.map((e) => e.action))].map((action) => [
              action,
              actionLabels[action] ?? action,
            ])}
          />
          <FilterDate label="Depuis le" value={filter.from} onChange={set('from')} />
          <FilterDate label="Jusqu’au" value={filter.to} onChange={set('to')} />
        </div>
        <Button type="submit" className="fr-mt-2w">
          Filtrer
        </Button>
      </form>
      {error !== undefined && (
        <Alert severity="error" title="Journal indisponible" description={error} />
      )}
      {entries !== undefined && (
        <div className="fr-table">
          <table>
            <caption>{entries.length} accès au dossier</caption>
            <thead>
              <tr>
                <th scope="col">Quand</th>
                <th scope="col">Qui</th>
                <th scope="col">Organisation</th>
                <th scope="col">Quoi</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={`${entry.organisationId ?? ''}-${entry.seq}-${entry.at}`}>
                  <td>
                    <time dateTime={entry.at}>{frenchDateTime(entry.at)}</time>
                  </td>
                  <td>{entry.userName ?? 'Compte supprimé'}</td>
                  <td>{entry.organisationName ?? '—'}</td>
                  <td>
                    {actionLabels[entry.action] ?? entry.action} (
                    {entityLabels[entry.entity] ?? entry.entity})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
