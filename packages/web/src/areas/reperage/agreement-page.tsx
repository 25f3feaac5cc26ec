import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  agreementStatusLabels,
  fetchAgreement,
  fetchFields,
  fetchImport,
  fetchImports,
  fetchRuns,
  setAgreementStatus,
  startRun,
  workStatusLabels,
  type Agreement,
  type AgreementStatus,
  type CanonicalField,
  type ImportDetail,
  type ImportSummary,
  type LinkageRun,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useAuthenticatedSession } from '../../session/session-context.tsx';
import { AgreementForm } from './agreement-form.tsx';
import { AgreementHistory } from './agreement-history.tsx';
import { ImportPanel } from './import-panel.tsx';
import { RunQualityTable } from './run-quality.tsx';

const nextStatuses: Record<AgreementStatus, AgreementStatus[]> = {
  brouillon: ['active', 'terminee'],
  active: ['suspendue', 'terminee'],
  suspendue: ['active', 'terminee'],
  terminee: [],
};

const statusActions: Record<AgreementStatus, string> = {
  brouillon: 'Repasser en brouillon',
  active: 'Activer',
  suspendue: 'Suspendre',
  terminee: 'Terminer',
};

function percent(value: number): string {
  return `${Math.round(value * 100)} %`;
}

/**
 * /reperage/conventions/:id — an agreement: its terms and status, the imports of partners' files
 * (upload, column mapping, progress, rejected rows) and, for the coordinator, the linkage runs
 * with their progress and quality figures. Refreshes every two seconds while something runs.
 */
export function AgreementPage() {
  const { id = '' } = useParams();
  const { membership } = useAuthenticatedSession();
  const manages = membership.role === 'coordinateur' || membership.role === 'admin';
  const imports_ = membership.role !== 'admin';
  const [agreement, setAgreement] = useState<Agreement | undefined>();
  usePageTitle(agreement?.title ?? 'Convention');
  const [fields, setFields] = useState<CanonicalField[]>([]);
  const [imports, setImports] = useState<ImportSummary[]>([]);
  const [runs, setRuns] = useState<LinkageRun[]>([]);
  const [report, setReport] = useState<ImportDetail | undefined>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | undefined>();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);

  const load = useCallback(() => {
    fetchAgreement(id).then(setAgreement, (e: Error) => setError(e.message));
    fetchImports(id).then(setImports, (e: Error) => setError(e.message));
    if (manages) fetchRuns(id).then(setRuns, (e: Error) => setError(e.message));
  }, [id, manages]);

  useEffect(() => {
    load();
    fetchFields().then(setFields, (e: Error) => setError(e.message));
  }, [load]);

  const running =
    imports.some((i) => i.status === 'en_attente' || i.status === 'en_cours') ||
    runs.some((r) => r.status === 'en_attente' || r.status === 'en_cours');
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(load, 2000);
    return () => clearInterval(timer);
  }, [running, load]);

  const changeStatus = (status: AgreementStatus) =>
    setAgreementStatus(id, status).then(load, (e: Error) => setError(e.message));
  const launch = () =>
    startRun(id, [...chosen]).then(
      () => {
        setChosen(new Set());
        load();
      },
      (e: Error) => setError(e.message),
    );

  if (agreement === undefined) {
    return (
      <div className="fr-container fr-my-4w">
        <h1>Convention</h1>
        {error !== undefined ? <p className="fr-error-text">{error}</p> : <p>Chargement…</p>}
      </div>
    );
  }
  const shared = fields.filter((field) => agreement.fields.includes(field.name));

  return (
    <div className="fr-container fr-my-4w">
      <p>
        <Link to="/reperage">Toutes les conventions</Link>
      </p>
      <h1>{agreement.title}</h1>
      {agreement.refusal !== null && (
        <Alert severity="warning" small description={agreement.refusal} />
      )}
      <dl>
        <dt>Statut</dt>
        <dd>{agreementStatusLabels[agreement.status]}</dd>
        <dt>Finalité</dt>
        <dd>{agreement.purpose}</dd>
        <dt>Base légale</dt>
        <dd>{agreement.legalBasis}</dd>
        <dt>Parties</dt>
        <dd>{agreement.parties.map((p) => p.name).join(', ')}</dd>
        <dt>Validité</dt>
        <dd>
          du {agreement.validFrom} au {agreement.validTo}, conservation {agreement.retentionMonths}{' '}
          mois
        </dd>
        <dt>Délégué à la protection des données</dt>
        <dd>{agreement.dpoContact}</dd>
        <dt>Champs partagés</dt>
        <dd>{shared.map((field) => field.label).join(', ')}</dd>
      </dl>
      {manages && (
        <p>
          {agreement.status !== 'terminee' && (
            <Button
              priority="secondary"
              className="fr-mr-2w fr-mb-1w"
              onClick={() => setEditing(!editing)}
            >
              {editing ? 'Fermer le formulaire' : 'Modifier les termes'}
            </Button>
          )}
          {nextStatuses[agreement.status].map((status) => (
            <Button
              key={status}
              priority="secondary"
              className="fr-mr-2w fr-mb-1w"
              onClick={() => void changeStatus(status)}
            >
              {statusActions[status]}
            </Button>
          ))}
        </p>
      )}
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
      {manages && editing && (
        <AgreementForm
          editing={{
            id,
            terms: {
              title: agreement.title,
              purpose: agreement.purpose,
              legalBasis: agreement.legalBasis,
              parties: agreement.parties.map((party) => party.id),
              fields: agreement.fields,
              retentionMonths: agreement.retentionMonths,
              dpoContact: agreement.dpoContact,
              validFrom: agreement.validFrom,
              validTo: agreement.validTo,
            },
          }}
          onCreated={() => {
            setEditing(false);
            setSaved((n) => n + 1);
            load();
          }}
        />
      )}
      <AgreementHistory agreement={agreement} fields={fields} version={saved} />

      {agreement.usable && imports_ && (
        <ImportPanel agreementId={id} fields={shared} onStarted={load} />
      )}

      <section aria-labelledby="imports">
        <h2 id="imports">Imports</h2>
        {imports.length === 0 && <p>Aucun fichier importé.</p>}
        <ul className="fr-raw-list">
          {imports.map((item) => (
            <li key={item.id} className="fr-mb-2w">
              {manages && item.status === 'terminee' && (
                <input
                  type="checkbox"
                  id={`choisir-${item.id}`}
                  className="fr-mr-1w"
                  checked={chosen.has(item.id)}
                  onChange={(e) =>
                    setChosen((current) => {
                      const next = new Set(current);
                      if (e.target.checked) next.add(item.id);
                      else next.delete(item.id);
                      return next;
                    })
                  }
                />
              )}
              <label htmlFor={`choisir-${item.id}`}>
                <strong>{item.partner}</strong> — {item.fileName} ({item.organisation})
              </label>
              <br />
              {workStatusLabels[item.status]}
              {item.status === 'en_cours' && (
                <progress
                  className="fr-ml-1w"
                  max={1}
                  value={item.progress}
                  aria-label={`Avancement de l’import ${item.fileName}`}
                >
                  {percent(item.progress)}
                </progress>
              )}
              {' · '}
              {item.rowsTotal} lignes, {item.rowsValid} gardées, {item.rowsRejected} rejetées
              {item.error !== null && <span className="fr-error-text">{item.error}</span>}
              {item.rowsRejected > 0 && (
                <Button
                  size="small"
                  priority="tertiary"
                  className="fr-ml-1w"
                  onClick={() =>
                    void fetchImport(item.id).then(setReport, (e: Error) => setError(e.message))
                  }
                >
                  Voir les lignes rejetées
                </Button>
              )}
            </li>
          ))}
        </ul>
        {report !== undefined && (
          <div className="fr-table">
            <table>
              <caption>Lignes rejetées de {report.fileName}</caption>
              <thead>
                <tr>
                  <th scope="col">Ligne</th>
                  <th scope="col">Colonne</th>
                  <th scope="col">Motif</th>
                </tr>
              </thead>
              <tbody>
                {report.report.map((row, index) => (
                  <tr key={`${row.line}-${index}`}>
                    <td>{row.line}</td>
                    <td>{row.column ?? '(ligne entière)'}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {manages && (
        <section aria-labelledby="rapprochements">
          <h2 id="rapprochements">Rapprochements</h2>
          <p>Cochez au moins deux imports terminés ci-dessus, puis lancez le rapprochement.</p>
          <Button disabled={chosen.size < 2 || !agreement.usable} onClick={() => void launch()}>
            Rapprocher les imports choisis
          </Button>
          {runs.map((run) => (
            <div key={run.id} className="fr-mt-3w">
              <h3>Rapprochement du {run.startedAt.slice(0, 16).replace('T', ' à ')}</h3>
              <p>
                {workStatusLabels[run.status]}
                {run.status === 'en_cours' && (
                  <>
                    {' '}
                    ({run.stage ?? ''}){' '}
                    <progress max={1} value={run.progress} aria-label="Avancement du rapprochement">
                      {percent(run.progress)}
                    </progress>
                  </>
                )}
                {run.error !== null && <span className="fr-error-text"> {run.error}</span>}
              </p>
              {run.quality !== null && <RunQualityTable quality={run.quality} />}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
