import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useCallback, useEffect, useState } from 'react';
import {
  listReferralMessages,
  postReferralMessage,
  type ReferralMessage,
} from '../../api/index.ts';
import { frenchDate } from './suivi-labels.ts';

function Thread({ referralId, canWrite }: { referralId: string; canWrite: boolean }) {
  const [messages, setMessages] = useState<ReferralMessage[] | undefined>();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reload = useCallback(() => {
    listReferralMessages(referralId).then(setMessages, (e: Error) => setError(e.message));
  }, [referralId]);
  useEffect(reload, [reload]);

  return (
    <>
      {messages === undefined ? (
        <p role="status">Chargement des messages…</p>
      ) : messages.length === 0 ? (
        <p>Aucun message.</p>
      ) : (
        <ul>
          {messages.map((message) => (
            <li key={message.id}>
              <strong>{message.organisationName}</strong>
              {message.authorName !== null && ` (${message.authorName})`}, le{' '}
              {frenchDate(message.createdAt)}{' '}
              {message.kind === 'relance' && (
                <Badge severity="warning" small>
                  Relance
                </Badge>
              )}
              <p className="fr-mb-1w">{message.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            postReferralMessage(referralId, body).then(
              () => {
                setBody('');
                setError(undefined);
                reload();
              },
              (e: Error) => setError(e.message),
            );
          }}
        >
          <Input
            textArea
            label="Votre message à l’autre organisation"
            state={error === undefined ? 'default' : 'error'}
            stateRelatedMessage={error}
            nativeTextAreaProps={{
              value: body,
              required: true,
              maxLength: 2000,
              rows: 2,
              onChange: (e) => setBody(e.target.value),
            }}
          />
          <Button size="small" type="submit" disabled={body.trim() === ''}>
            Envoyer le message
          </Button>
        </form>
      )}
    </>
  );
}

/**
 * The messages of a referral between its two organisations, folded until opened (loaded then):
 * a long inbox stays short.
 */
export function ReferralMessages({
  referralId,
  count,
  canWrite,
}: {
  referralId: string;
  count?: number;
  canWrite: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="fr-mt-1w" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Messages{count === undefined ? '' : ` (${count})`}</summary>
      {open && <Thread referralId={referralId} canWrite={canWrite} />}
    </details>
  );
}
