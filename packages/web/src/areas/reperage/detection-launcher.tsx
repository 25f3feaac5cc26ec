import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  fetchDetectableRuns,
  fetchDetectionRun,
  startDetection,
  type DetectableRun,
  type DetectionRun,
} from '../../api/index.ts';

const stageLabels: Record<string, string> = {
  lecture: 'lecture des personnes rapprochées',
  calcul: 'calcul des droits par le moteur',
  terminee: 'terminée',
};

/**
 * Starts a detection over a finished linkage run and shows its progress (polled every second)
 * until it ends; `onDone` gets the finished run.
 */
export function DetectionLauncher({ onDone }: { onDone: (run: DetectionRun) => void }) {
  const [sources, setSources] = useState<DetectableRun[]>([]);
  const [source, setSource] = useState('');
  const [month, setMonth] = useState(new Date().toISOString().slice(0, 7));
  const [running, setRunning] = useState<DetectionRun | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    fetchDetectableRuns().then(
      (runs) => {
        setSources(runs);
        setSource(runs[0]?.id ?? '');
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  // Reads the run's state; tells the page once it has finished (it may already have).
  const refresh = useCallback(
    (id: string) =>
      fetchDetectionRun(id).then(
        (run) => {
          setRunning(run);
          if (run.status === 'terminee') onDone(run);
        },
        (e: Error) => setError(e.message),
      ),
    [onDone],
  );

  useEffect(() => {
    if (running === undefined || running.status === 'terminee' || running.status === 'echouee') {
      return;
    }
    const timer = setTimeout(() => void refresh(running.id), 1000);
    return () => clearTimeout(timer);
  }, [running, refresh]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    startDetection(source, month).then(
      ({ id }) => refresh(id),
      (e: Error) => setError(e.message),
    );
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby="launch-title">
      <h2 id="launch-title">Lancer une détection</h2>
      {sources.length === 0 ? (
        <p>
          Aucun rapprochement terminé : importez les fichiers et lancez un rapprochement d’abord.
        </p>
      ) : (
        <>
          <Select
            label="Rapprochement"
            hint="Les personnes reliées entre les fichiers des partenaires"
            nativeSelectProps={{ value: source, onChange: (e) => setSource(e.target.value) }}
          >
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.agreementTitle} — {s.persons} personnes
                {s.finishedAt ? ` (${s.finishedAt.slice(0, 10)})` : ''}
              </option>
            ))}
          </Select>
          <Input
            label="Mois calculé"
            hintText="Les droits sont estimés pour ce mois (AAAA-MM)"
            nativeInputProps={{
              type: 'month',
              value: month,
              required: true,
              onChange: (e) => setMonth(e.target.value),
            }}
          />
          <Button type="submit" disabled={running?.status === 'en_cours'}>
            Lancer la détection
          </Button>
        </>
      )}
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
      {running !== undefined && (
        <div role="status" aria-live="polite" className="fr-mt-2w">
          <label htmlFor="detection-progress">
            Détection {running.status === 'terminee' ? 'terminée' : 'en cours'} :{' '}
            {stageLabels[running.stage ?? ''] ?? 'en attente'} ({running.persons} personnes
            examinées, {running.candidates} repérées)
          </label>
          <progress id="detection-progress" max={1} value={running.progress} className="fr-ml-1w">
            {Math.round(running.progress * 100)} %
          </progress>
          {running.status === 'echouee' && <p className="fr-error-text">{running.error}</p>}
        </div>
      )}
    </form>
  );
}
