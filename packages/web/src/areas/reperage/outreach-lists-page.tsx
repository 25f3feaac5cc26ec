import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  assignCandidates,
  fetchAssignees,
  fetchCandidates,
  fetchConversion,
  fetchDetectionRules,
  fetchDetectionRuns,
  type Assignee,
  type CandidateLine,
  type DetectionRule,
  type DetectionRun,
  type RuleConversion,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { CandidateTable } from './candidate-table.tsx';
import { ConversionTable } from './conversion-table.tsx';
import { DetectionLauncher } from './detection-launcher.tsx';

/**
 * /reperage/listes, for the coordinator: run a detection, read the ranked pseudonymous list
 * filtered by rule and commune, assign people to the partners' ambassadors in bulk, follow the
 * conversion of each rule.
 */
export function OutreachListsPage() {
  usePageTitle('Listes de repérage');
  const [runs, setRuns] = useState<DetectionRun[]>([]);
  const [runId, setRunId] = useState('');
  const [rules, setRules] = useState<DetectionRule[]>([]);
  const [ruleId, setRuleId] = useState('');
  const [codeInsee, setCodeInsee] = useState('');
  const [unassigned, setUnassigned] = useState(false);
  const [page, setPage] = useState<{ total: number; items: CandidateLine[] } | undefined>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignees, setAssignees] = useState<Assignee[]>([]);
  const [assignee, setAssignee] = useState('');
  const [conversion, setConversion] = useState<RuleConversion[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const loadRuns = useCallback((select?: string) => {
    fetchDetectionRuns().then(
      (list) => {
        const done = list.filter((r) => r.status === 'terminee');
        setRuns(done);
        setRunId((current) => select ?? (current || done[0]?.id) ?? '');
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  // The filters apply when the form is sent, not at each keystroke.
  const [applied, setApplied] = useState({ ruleId: '', codeInsee: '', unassigned: false });
  const loadList = useCallback(() => {
    if (runId === '') return;
    fetchCandidates(runId, applied).then(setPage, (e: Error) => setError(e.message));
    fetchConversion(runId).then(setConversion, (e: Error) => setError(e.message));
  }, [runId, applied]);

  useEffect(() => {
    loadRuns();
    fetchDetectionRules().then(setRules, (e: Error) => setError(e.message));
  }, [loadRuns]);

  useEffect(loadList, [loadList]);

  useEffect(() => {
    if (runId === '') return;
    fetchAssignees(runId).then(
      (list) => {
        setAssignees(list);
        setAssignee(list[0]?.membershipId ?? '');
      },
      (e: Error) => setError(e.message),
    );
  }, [runId]);

  const onDetectionDone = useCallback((run: DetectionRun) => loadRuns(run.id), [loadRuns]);

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSelected(new Set());
    setApplied({ ruleId, codeInsee: codeInsee.trim(), unassigned });
  };

  const onAssign = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    assignCandidates(runId, [...selected], assignee || null).then(
      ({ changed }) => {
        const who = assignees.find((a) => a.membershipId === assignee);
        setMessage(`${changed} personne(s) attribuée(s) à ${who?.name ?? 'personne'}.`);
        setSelected(new Set());
        loadList();
      },
      (e: Error) => setError(e.message),
    );
  };

  return (
    <>
      <h1>Listes de repérage</h1>
      <p>
        Les personnes que les fichiers croisés des partenaires désignent comme pouvant avoir droit à
        une aide qu’elles ne perçoivent pas, classées par priorité (montant estimé × confiance du
        rapprochement × urgence des impayés). La liste ne montre aucun nom : seule la personne à qui
        vous attribuez quelqu’un le voit.
      </p>
      <DetectionLauncher onDone={onDetectionDone} />
      {error !== undefined && <Alert severity="error" title="Erreur" description={error} small />}
      {message !== undefined && <Alert severity="success" description={message} small />}

      <h2 id="list-title" className="fr-mt-4w">
        Personnes repérées
      </h2>
      {runs.length === 0 ? (
        <p>Aucune détection terminée pour l’instant.</p>
      ) : (
        <>
          <form onSubmit={onFilter} aria-label="Filtrer la liste">
            <Select
              label="Détection"
              nativeSelectProps={{
                value: runId,
                onChange: (e) => {
                  setSelected(new Set());
                  setRunId(e.target.value);
                },
              }}
            >
              {runs.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.month} — {r.candidates} personnes repérées ({r.startedAt.slice(0, 10)})
                </option>
              ))}
            </Select>
            <Select
              label="Règle"
              nativeSelectProps={{ value: ruleId, onChange: (e) => setRuleId(e.target.value) }}
            >
              <option value="">Toutes les règles</option>
              {rules.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </Select>
            <Input
              label="Commune (code INSEE)"
              hintText="Par exemple 69259 pour Vénissieux ; vide pour toutes"
              nativeInputProps={{
                value: codeInsee,
                inputMode: 'numeric',
                pattern: '[0-9][0-9AB][0-9]{3}',
                onChange: (e) => setCodeInsee(e.target.value),
              }}
            />
            <div className="fr-checkbox-group fr-mb-2w">
              <input
                type="checkbox"
                id="non-attribuees"
                checked={unassigned}
                onChange={(e) => setUnassigned(e.target.checked)}
              />
              <label className="fr-label" htmlFor="non-attribuees">
                Seulement les personnes non attribuées
              </label>
            </div>
            <Button type="submit" priority="secondary">
              Filtrer
            </Button>
          </form>
          {page !== undefined && (
            <>
              <p className="fr-mt-2w" role="status">
                {page.total} personne(s) ; {selected.size} choisie(s).
              </p>
              <CandidateTable candidates={page.items} selected={selected} onToggle={toggle} />
              <form onSubmit={onAssign} aria-label="Attribuer la sélection">
                <Select
                  label="Attribuer à"
                  hint="Ambassadeurs et travailleurs sociaux des organisations parties à la convention"
                  nativeSelectProps={{
                    value: assignee,
                    onChange: (e) => setAssignee(e.target.value),
                  }}
                >
                  {assignees.map((a) => (
                    <option key={a.membershipId} value={a.membershipId}>
                      {a.name} — {a.organisation}
                    </option>
                  ))}
                </Select>
                <Button type="submit" disabled={selected.size === 0 || assignee === ''}>
                  Attribuer la sélection
                </Button>
              </form>
            </>
          )}
          <h2 id="conversion-title" className="fr-mt-4w">
            Conversion par règle
          </h2>
          <ConversionTable rows={conversion} />
        </>
      )}
    </>
  );
}
