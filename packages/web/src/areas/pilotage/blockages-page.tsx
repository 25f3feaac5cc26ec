import { benefitName } from '@znr/rules';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  listBlockages,
  listMembers,
  moveBlockage,
  raiseBlockage,
  type Blockage,
  type BlockageFilter,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useSession } from '../../session/session-context.tsx';
import { frenchDate } from '../suivi/suivi-labels.ts';
import { BlockageEditForm, type Member } from './blockage-edit-form.tsx';
import { BlockageFields, type BlockageForm } from './blockage-fields.tsx';
import {
  blockageStatusOptions,
  institutionOptions,
  labelOf,
  nextBlockageStatuses,
  optionOf,
} from './network-labels.ts';

const empty: BlockageForm = {
  title: '',
  description: '',
  institution: 'caf',
  benefit: '',
  examples: '',
};

function MoveButtons({
  blockage,
  onMoved,
}: {
  blockage: Blockage;
  onMoved: (error?: string) => void;
}) {
  const [on, setOn] = useState(new Date().toISOString().slice(0, 10));
  return (
    <div className="fr-mt-1w">
      <Input
        label="Date du changement"
        className="znr-narrow-input"
        nativeInputProps={{ type: 'date', value: on, onChange: (e) => setOn(e.target.value) }}
      />
      {(nextBlockageStatuses[blockage.status] ?? []).map((status) => (
        <Button
          key={status}
          priority="secondary"
          size="small"
          className="fr-mr-1w fr-mb-1w"
          onClick={() =>
            void moveBlockage(blockage.id, { status, on }).then(
              () => onMoved(),
              (e: Error) => onMoved(e.message),
            )
          }
        >
          Passer à « {labelOf(blockageStatusOptions, status)} »
        </Button>
      ))}
    </div>
  );
}

/** /pilotage/blocages: the register of systemic blockages, raised by anyone, moved by the coordination. */
export function BlockagesPage() {
  usePageTitle('Blocages');
  const { state } = useSession();
  const role = state.status === 'authenticated' ? state.session.membership.role : null;
  const manages = role === 'coordinateur' || role === 'pilote';
  const raises = manages || role === 'ambassadeur' || role === 'travailleur_social';
  const [filter, setFilter] = useState<BlockageFilter>({});
  const [blockages, setBlockages] = useState<Blockage[] | undefined>();
  const [form, setForm] = useState<BlockageForm>(empty);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [members, setMembers] = useState<Member[]>([]);

  const load = useCallback(() => {
    listBlockages(filter).then(setBlockages, (e: Error) => setError(e.message));
  }, [filter]);
  useEffect(load, [load]);
  // Who may follow a blockage: the members of the coordination's organisation.
  useEffect(() => {
    if (manages) listMembers().then(setMembers, () => setMembers([]));
  }, [manages]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    raiseBlockage({ ...form, benefit: form.benefit || null, examples: form.examples || null }).then(
      () => {
        setForm(empty);
        setNotice('Blocage signalé.');
        load();
      },
      (e: Error) => setError(e.message),
    );
  };

  return (
    <>
      <h1>Registre des blocages</h1>
      <p>
        Les difficultés d’accès aux droits qui reviennent, remontées aux organismes : signalé,
        transmis, en cours, résolu ou sans suite.
      </p>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}
      <div role="status" aria-live="polite">
        {notice && <Alert severity="success" small description={notice} className="fr-mb-2w" />}
      </div>
      <form
        aria-label="Filtrer les blocages"
        className="fr-mb-3w"
        onSubmit={(e) => e.preventDefault()}
      >
        <Select
          label="Statut"
          nativeSelectProps={{
            value: filter.status ?? '',
            onChange: (e) =>
              setFilter({ ...filter, status: optionOf(blockageStatusOptions, e.target.value) }),
          }}
        >
          <option value="">Tous les statuts</option>
          {blockageStatusOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          label="Organisme"
          nativeSelectProps={{
            value: filter.institution ?? '',
            onChange: (e) =>
              setFilter({ ...filter, institution: optionOf(institutionOptions, e.target.value) }),
          }}
        >
          <option value="">Tous les organismes</option>
          {institutionOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </form>
      {blockages === undefined ? (
        <p role="status">Chargement du registre…</p>
      ) : blockages.length === 0 ? (
        <p>Aucun blocage pour ces critères.</p>
      ) : (
        <ul className="fr-raw-list">
          {blockages.map((b) => (
            <li key={b.id} className="fr-mb-3w fr-p-2w znr-card-line">
              <h2 className="fr-h6 fr-mb-1v">{b.title}</h2>
              <p className="fr-mb-1v">
                <Badge
                  small
                  severity={
                    b.status === 'resolu'
                      ? 'success'
                      : b.status === 'sans_suite'
                        ? 'warning'
                        : 'info'
                  }
                >
                  {labelOf(blockageStatusOptions, b.status)}
                </Badge>{' '}
                {b.institution === 'autre'
                  ? b.institutionOther
                  : labelOf(institutionOptions, b.institution)}
                {b.benefit ? ` · ${benefitName(b.benefit, 'short')}` : ''} · signalé le{' '}
                {frenchDate(b.raisedOn)}
              </p>
              <p className="fr-mb-1v">{b.description}</p>
              {b.ownerName && <p className="fr-mb-1v">Suivi par {b.ownerName}</p>}
              {b.answer && <p className="fr-mb-1v">Réponse reçue : {b.answer}</p>}
              <details>
                <summary>Historique</summary>
                <ol>
                  {b.history.map((h, index) => (
                    <li key={index}>
                      {frenchDate(h.on)} : {labelOf(blockageStatusOptions, h.status)}
                      {h.byName ? ` (${h.byName})` : ''}
                      {h.note ? ` — ${h.note}` : ''}
                    </li>
                  ))}
                </ol>
              </details>
              {manages && (
                <details className="fr-mt-1w">
                  <summary>Modifier, personne qui suit, réponse reçue</summary>
                  <BlockageEditForm
                    blockage={b}
                    members={members}
                    onSaved={(message) => {
                      if (message) {
                        setError(message);
                        return;
                      }
                      setError(null);
                      setNotice(`Blocage « ${b.title} » modifié.`);
                      load();
                    }}
                  />
                </details>
              )}
              {manages && (
                <MoveButtons
                  blockage={b}
                  onMoved={(message) => (message ? setError(message) : load())}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {raises && (
        <form onSubmit={onSubmit} aria-labelledby="signaler">
          <h2 id="signaler">Signaler un blocage</h2>
          <BlockageFields value={form} onChange={setForm} />
          <Button type="submit">Signaler le blocage</Button>
        </form>
      )}
    </>
  );
}

export { BlockagesPage as Component };
