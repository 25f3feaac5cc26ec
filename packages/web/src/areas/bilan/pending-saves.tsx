import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link } from 'react-router';
import { openIdentifiedRights } from '../../api/bilans.ts';
import type { PendingSave } from './save-queue.ts';
import type { SaveQueueView } from './use-save-queue.ts';

/** The state of a save as the professional reads it. */
function StateBadge({ item }: { item: PendingSave }) {
  switch (item.state) {
    case 'en_attente':
      return (
        <Badge severity="info" small>
          En attente d’envoi
        </Badge>
      );
    case 'envoye':
      return (
        <Badge severity="success" small>
          Envoyé au dossier
        </Badge>
      );
    case 'refuse':
      return (
        <Badge severity="error" small>
          Refusé par le serveur
        </Badge>
      );
  }
}

/** "Open the rights identified": every benefit the bilan found, followed in one click. */
function OpenRights({ item }: { item: PendingSave }) {
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (item.saved === null || item.rights.length === 0) return null;
  const { bilanId, householdId } = item.saved;
  const open = () =>
    openIdentifiedRights(householdId, bilanId, item.rights).then(
      (opened) => {
        setError(null);
        setDone(
          opened === 0
            ? 'Ces droits étaient déjà suivis dans le dossier.'
            : `${opened} droit${opened > 1 ? 's' : ''} suivi${opened > 1 ? 's' : ''} dans le dossier, à l’étape « identifié ».`,
        );
      },
      (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)),
    );
  return (
    <>
      {done === null ? (
        <Button size="small" iconId="fr-icon-check-line" onClick={() => void open()}>
          {`Ouvrir les droits identifiés (${item.rights.length})`}
        </Button>
      ) : (
        <p role="status" className={fr.cx('fr-mb-1w')}>
          {done}
        </p>
      )}
      {error && <p className="fr-error-text">{error}</p>}
    </>
  );
}

/**
 * The bilans of this device on their way to a case file: written to the device (encrypted), then
 * waiting for the network, then in the case file — or refused, with the server's reason.
 */
export function PendingSaves({ saves, titled = true }: { saves: SaveQueueView; titled?: boolean }) {
  if (saves.items.length === 0) return null;
  const waiting = saves.items.some((item) => item.state === 'en_attente');
  const list = (
    <>
      <ul className={fr.cx('fr-raw-list')} aria-live="polite">
        {saves.items.map((item) => (
          <li key={item.clientId} className={fr.cx('fr-mb-2w')} data-save-state={item.state}>
            <p className={fr.cx('fr-mb-1w')}>
              {item.label} <StateBadge item={item} />
            </p>
            {item.state === 'en_attente' && (
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                Enregistré sur l’appareil (chiffré). Il partira vers le dossier au retour du réseau.
              </p>
            )}
            {item.state === 'refuse' && (
              <>
                <p className="fr-error-text fr-mb-1w">{item.message}</p>
                <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                  Le bilan reste sur l’appareil : rien n’est perdu.
                </p>
                <Button
                  size="small"
                  priority="secondary"
                  onClick={() => saves.retry(item.clientId)}
                >
                  Réessayer
                </Button>{' '}
                <Button
                  size="small"
                  priority="tertiary"
                  onClick={() => saves.remove(item.clientId)}
                >
                  Abandonner cet envoi
                </Button>
              </>
            )}
            {item.state === 'envoye' && item.saved && (
              <>
                <p className={fr.cx('fr-mb-1w')}>
                  <Link to={`/suivi/menages/${item.saved.householdId}`}>Ouvrir le dossier</Link>
                </p>
                <OpenRights item={item} />{' '}
                <Button
                  size="small"
                  priority="tertiary"
                  onClick={() => saves.remove(item.clientId)}
                >
                  Retirer de la liste
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
      {waiting && (
        <Button size="small" priority="secondary" onClick={saves.flush}>
          Envoyer maintenant
        </Button>
      )}
    </>
  );
  // Inside the results' own section, the list needs no heading of its own.
  if (!titled) return <div data-pending-saves>{list}</div>;
  return (
    <section aria-labelledby="envois" className={fr.cx('fr-mb-4w')} data-pending-saves>
      <h2 id="envois" className="fr-h5">
        Bilans à enregistrer au dossier
      </h2>
      {list}
    </section>
  );
}
