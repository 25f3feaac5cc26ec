import { useEffect, useState } from 'react';
import { fetchTimeline, type TimelineEvent } from '../../api/index.ts';
import { frenchDateTime } from './suivi-labels.ts';

/** The household's story, oldest first: one list of everything my organisation may see. */
export function TimelineSection({
  householdId,
  refresh,
}: {
  householdId: string;
  /** A value that changes whenever the case file was read again: the timeline follows. */
  refresh: unknown;
}) {
  const [events, setEvents] = useState<TimelineEvent[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    fetchTimeline(householdId).then(setEvents, (e: Error) => setError(e.message));
  }, [householdId, refresh]);
  return (
    <section aria-labelledby="chronologie">
      <h2 id="chronologie">Chronologie</h2>
      {error !== undefined && <p className="fr-error-text">{error}</p>}
      {events === undefined && error === undefined && <p role="status">Chargement…</p>}
      {events !== undefined && (
        <ol>
          {events.map((event, index) => (
            <li key={`${event.entityId}-${index}`}>
              <time dateTime={event.at}>{frenchDateTime(event.at).slice(0, -3)}</time> —{' '}
              {event.label}
              {event.organisationName !== null && (
                <span className="fr-text--sm"> ({event.organisationName})</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
