import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import {
  createWorkshop,
  deleteWorkshop,
  listTerritoryOrganisations,
  listWorkshops,
  updateWorkshop,
  type TerritoryOrganisation,
  type Workshop,
  type WorkshopInput,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useSession } from '../../session/session-context.tsx';
import { frenchDate } from '../suivi/suivi-labels.ts';
import { Stepper } from './stepper.tsx';

const empty = (): Required<WorkshopInput> => ({
  heldOn: new Date().toISOString().slice(0, 10),
  theme: '',
  organisationIds: [],
  participants: 0,
  followUps: '',
});

/** /pilotage/ateliers: workshops between the territory's professionals, most recent first. */
export function WorkshopsPage() {
  usePageTitle('Ateliers entre professionnels');
  const { state } = useSession();
  const role = state.status === 'authenticated' ? state.session.membership.role : null;
  const manages = role === 'coordinateur' || role === 'pilote';
  const [workshops, setWorkshops] = useState<Workshop[] | undefined>();
  const [organisations, setOrganisations] = useState<TerritoryOrganisation[]>([]);
  const [form, setForm] = useState<Required<WorkshopInput>>(empty);
  /** The workshop being edited, or null when the form records a new one. */
  const [editing, setEditing] = useState<Workshop | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const formTitle = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    listWorkshops().then(setWorkshops, (e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    listTerritoryOrganisations().then(setOrganisations, (e: Error) => setError(e.message));
  }, []);
  const nameOf = (id: string) => organisations.find((o) => o.id === id)?.name ?? 'Organisation';

  const edit = (workshop: Workshop) => {
    setEditing(workshop);
    setNotice(null);
    setForm({
      heldOn: workshop.heldOn,
      theme: workshop.theme,
      organisationIds: workshop.organisationIds,
      participants: workshop.participants,
      followUps: workshop.followUps ?? '',
    });
    // The form is below the list: take the keyboard and the reader there.
    requestAnimationFrame(() => formTitle.current?.focus());
  };
  const reset = () => {
    setEditing(null);
    setForm(empty());
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = { ...form, followUps: form.followUps || null };
    const saved = editing ? updateWorkshop(editing.id, input) : createWorkshop(input);
    saved.then(
      () => {
        setNotice(editing ? 'Atelier modifié.' : 'Atelier enregistré.');
        reset();
        load();
      },
      (e: Error) => setError(e.message),
    );
  };

  return (
    <>
      <h1>Ateliers entre professionnels</h1>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}
      <div role="status" aria-live="polite">
        {notice && <Alert severity="success" small description={notice} className="fr-mb-2w" />}
      </div>
      {workshops === undefined ? (
        <p role="status">Chargement des ateliers…</p>
      ) : workshops.length === 0 ? (
        <p>Aucun atelier enregistré.</p>
      ) : (
        <ul className="fr-raw-list">
          {workshops.map((w) => (
            <li key={w.id} className="fr-mb-2w fr-p-2w znr-card-line">
              <h2 className="fr-h6 fr-mb-1v">
                {frenchDate(w.heldOn)} — {w.theme}
              </h2>
              <p className="fr-mb-1v">
                {w.participants} participant{w.participants > 1 ? 's' : ''} ·{' '}
                {w.organisationIds.map(nameOf).join(', ') || 'organisations non précisées'}
              </p>
              {w.followUps && <p className="fr-mb-1v">Suites : {w.followUps}</p>}
              {manages && (
                <>
                  <Button
                    priority="secondary"
                    size="small"
                    iconId="fr-icon-edit-line"
                    className="fr-mr-1w"
                    title={`Modifier l’atelier du ${frenchDate(w.heldOn)} — ${w.theme}`}
                    onClick={() => edit(w)}
                  >
                    Modifier
                  </Button>
                  <Button
                    priority="tertiary"
                    size="small"
                    iconId="fr-icon-delete-line"
                    title={`Supprimer l’atelier du ${frenchDate(w.heldOn)} — ${w.theme}`}
                    onClick={() =>
                      void deleteWorkshop(w.id).then(load, (e: Error) => setError(e.message))
                    }
                  >
                    Supprimer
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && (
        <form onSubmit={onSubmit} aria-labelledby="nouvel-atelier">
          <h2 id="nouvel-atelier" ref={formTitle} tabIndex={-1}>
            {editing
              ? `Modifier l’atelier du ${frenchDate(editing.heldOn)}`
              : 'Enregistrer un atelier'}
          </h2>
          <Input
            label="Date"
            nativeInputProps={{
              type: 'date',
              value: form.heldOn,
              required: true,
              onChange: (e) => setForm({ ...form, heldOn: e.target.value }),
            }}
          />
          <Input
            label="Thème"
            nativeInputProps={{
              value: form.theme,
              required: true,
              onChange: (e) => setForm({ ...form, theme: e.target.value }),
            }}
          />
          <Checkbox
            legend="Organisations présentes"
            options={organisations.map((o) => ({
              label: o.name,
              nativeInputProps: {
                checked: form.organisationIds.includes(o.id),
                onChange: (e) =>
                  setForm({
                    ...form,
                    organisationIds: e.target.checked
                      ? [...form.organisationIds, o.id]
                      : form.organisationIds.filter((id) => id !== o.id),
                  }),
              },
            }))}
          />
          <Stepper
            label="Nombre de participants"
            value={form.participants}
            onChange={(participants) => setForm({ ...form, participants })}
          />
          <Input
            label="Suites données (facultatif)"
            textArea
            nativeTextAreaProps={{
              value: form.followUps ?? '',
              onChange: (e) => setForm({ ...form, followUps: e.target.value }),
            }}
          />
          <Button type="submit" className="fr-mr-1w">
            {editing ? 'Enregistrer les modifications' : 'Enregistrer l’atelier'}
          </Button>
          {editing && (
            <Button type="button" priority="secondary" onClick={reset}>
              Annuler la modification
            </Button>
          )}
        </form>
      )}
    </>
  );
}

export { WorkshopsPage as Component };
