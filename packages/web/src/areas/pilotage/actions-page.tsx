import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  deleteAction,
  listActions,
  type ActionFilter,
  type OutreachAction,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useSession } from '../../session/session-context.tsx';
import { frenchDate } from '../suivi/suivi-labels.ts';
import { actionTypeOptions, labelOf, optionOf } from './network-labels.ts';

/** /pilotage/actions: the territory's outreach actions, filtered by type, period or author. */
export function ActionsPage() {
  usePageTitle('Actions d’aller-vers');
  const { state } = useSession();
  const session = state.status === 'authenticated' ? state.session : null;
  const [filter, setFilter] = useState<ActionFilter>({});
  const [actions, setActions] = useState<OutreachAction[] | undefined>();
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    listActions(filter).then(setActions, (e: Error) => setError(e.message));
  }, [filter]);
  useEffect(load, [load]);

  const remove = (id: string) => deleteAction(id).then(load, (e: Error) => setError(e.message));
  const role = session?.membership.role;
  const mayEdit = (action: OutreachAction) =>
    action.createdBy === session?.user.id || role === 'coordinateur';
  const total = (actions ?? []).reduce((sum, a) => sum + a.peopleMet, 0);

  return (
    <>
      <h1>Actions d’aller-vers</h1>
      {role !== 'pilote' && role !== 'admin' && (
        <p>
          <Link
            className="fr-btn fr-btn--icon-left fr-icon-add-line"
            to="/pilotage/actions/nouvelle"
          >
            Saisir une action
          </Link>
        </p>
      )}
      <form
        aria-label="Filtrer les actions"
        className="fr-mb-3w"
        onSubmit={(e) => e.preventDefault()}
      >
        <Select
          label="Type"
          nativeSelectProps={{
            value: filter.type ?? '',
            onChange: (e) =>
              setFilter({ ...filter, type: optionOf(actionTypeOptions, e.target.value) }),
          }}
        >
          <option value="">Tous les types</option>
          {actionTypeOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        <Input
          label="Du"
          nativeInputProps={{
            type: 'date',
            value: filter.from ?? '',
            onChange: (e) => setFilter({ ...filter, from: e.target.value || undefined }),
          }}
        />
        <Input
          label="Au"
          nativeInputProps={{
            type: 'date',
            value: filter.to ?? '',
            onChange: (e) => setFilter({ ...filter, to: e.target.value || undefined }),
          }}
        />
        <Button
          type="button"
          priority={filter.mine ? 'primary' : 'secondary'}
          aria-pressed={filter.mine === true}
          onClick={() => setFilter({ ...filter, mine: !filter.mine })}
        >
          Seulement mes actions
        </Button>
      </form>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}
      {actions === undefined ? (
        <p role="status">Chargement des actions…</p>
      ) : actions.length === 0 ? (
        <p>Aucune action pour ces critères.</p>
      ) : (
        <>
          <p role="status">
            {actions.length} action{actions.length > 1 ? 's' : ''}, {total} personne
            {total > 1 ? 's' : ''} rencontrée{total > 1 ? 's' : ''}.
          </p>
          <ul className="fr-raw-list">
            {actions.map((action) => (
              <li key={action.id} className="fr-mb-2w fr-p-2w znr-card-line">
                <h2 className="fr-h6 fr-mb-1v">
                  {action.type === 'autre'
                    ? action.typeOther
                    : labelOf(actionTypeOptions, action.type)}{' '}
                  — {frenchDate(action.heldOn)}
                </h2>
                <p className="fr-mb-1v">
                  {[action.commune, action.quartier].filter(Boolean).join(', ') ||
                    'Lieu non précisé'}
                  {action.qpv ? ' (QPV)' : ''} · {action.organisationName}
                </p>
                <p className="fr-mb-1v">
                  {action.peopleMet} rencontrée{action.peopleMet > 1 ? 's' : ''},{' '}
                  {action.wentToBilan} vers un bilan, {action.wentToCaseFile} dossier
                  {action.wentToCaseFile > 1 ? 's' : ''} ouvert
                  {action.wentToCaseFile > 1 ? 's' : ''}
                </p>
                {mayEdit(action) && (
                  <Link
                    className="fr-btn fr-btn--sm fr-btn--tertiary fr-mr-1w"
                    to="/pilotage/actions/nouvelle"
                    state={{ action }}
                  >
                    Modifier
                  </Link>
                )}
                {mayEdit(action) && (
                  <Button
                    priority="tertiary"
                    size="small"
                    iconId="fr-icon-delete-line"
                    onClick={() => void remove(action.id)}
                  >
                    Supprimer
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export { ActionsPage as Component };
