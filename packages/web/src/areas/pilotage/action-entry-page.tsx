import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import {
  listActions,
  listTerritoryOrganisations,
  sendAction,
  updateAction,
  type ActionInput,
  type OutreachAction,
  type AgeBand,
  type Sex,
  type TerritoryOrganisation,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useSession } from '../../session/session-context.tsx';
import { CommuneField } from '../bilan/commune-field.tsx';
import {
  addToOutbox,
  flushOutbox,
  outboxOwner,
  readOutbox,
  rememberOwner,
  type OutboxItem,
} from './action-outbox.ts';
import { actionTypeOptions, ageBandOptions, labelOf, sexOptions } from './network-labels.ts';
import { Stepper } from './stepper.tsx';

const today = () => new Date().toISOString().slice(0, 10);
const ORGANISATIONS_KEY = 'znr-actions-organisations';
const QUARTIERS_KEY = 'znr-actions-quartiers';
const OWN_ORGANISATION_KEY = 'znr-actions-organisation';

type Form = {
  type: OutreachAction['type'];
  typeOther: string;
  heldOn: string;
  durationMinutes: number;
  inseeCode: string;
  quartier: string;
  qpv: boolean;
  peopleMet: number;
  wentToBilan: number;
  wentToCaseFile: number;
  note: string;
  counts: Record<string, number>;
  /** null: the user's own organisation, until the checkboxes are touched. */
  team: string[] | null;
};

const emptyForm = (): Form => ({
  type: 'maraude',
  typeOther: '',
  heldOn: today(),
  durationMinutes: 120,
  inseeCode: '',
  quartier: '',
  qpv: false,
  peopleMet: 0,
  wentToBilan: 0,
  wentToCaseFile: 0,
  note: '',
  counts: {},
  team: null,
});

/** The form filled with an action of the list, to correct it. */
function fromAction(action: OutreachAction): Form {
  return {
    type: action.type,
    typeOther: action.typeOther ?? '',
    heldOn: action.heldOn,
    durationMinutes: action.durationMinutes ?? 0,
    inseeCode: action.inseeCode ?? '',
    quartier: action.quartier ?? '',
    qpv: action.qpv,
    peopleMet: action.peopleMet,
    wentToBilan: action.wentToBilan,
    wentToCaseFile: action.wentToCaseFile,
    note: action.note ?? '',
    counts: Object.fromEntries(action.counts.map((c) => [`${c.ageBand}/${c.sex}`, c.people])),
    team: action.team.map((member) => member.organisationId),
  };
}

function toInput(form: Form, team: string[]): ActionInput {
  return {
    type: form.type,
    typeOther: form.type === 'autre' ? form.typeOther : null,
    heldOn: form.heldOn,
    durationMinutes: form.durationMinutes > 0 ? form.durationMinutes : null,
    inseeCode: form.inseeCode || null,
    quartier: form.quartier || null,
    qpv: form.qpv,
    peopleMet: form.peopleMet,
    wentToBilan: form.wentToBilan,
    wentToCaseFile: form.wentToCaseFile,
    note: form.note || null,
    counts: Object.entries(form.counts)
      .filter(([, people]) => people > 0)
      .map(([key, people]) => {
        const [ageBand, sex] = key.split('/') as [AgeBand, Sex];
        return { ageBand, sex, people };
      }),
    team: team.map((organisationId) => ({ organisationId })),
  };
}

/** What the device remembers between visits, for entries without network. */
function remembered<T>(key: string, fallback: T): T {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? 'null') as T | null) ?? fallback;
  } catch {
    return fallback;
  }
}

/**
 * /pilotage/actions/nouvelle: one screen to enter an outreach action on a phone, with or without
 * network. The action goes to the device's outbox first, then to the server when it can.
 */
export function ActionEntryPage() {
  const { state } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  // « Modifier » in the list brings the action along: corrected online, not through the outbox.
  const editing = (location.state as { action?: OutreachAction } | null)?.action ?? null;
  const title = editing ? 'Modifier une action d’aller-vers' : 'Saisir une action d’aller-vers';
  usePageTitle(title);
  const session = state.status === 'authenticated' ? state.session : null;
  // Offline, the page opens for the user whose outbox is on this device.
  const userId = session?.user.id ?? (state.status === 'unavailable' ? outboxOwner() : null);
  const organisationId =
    session?.membership.organisation.id ?? localStorage.getItem(OWN_ORGANISATION_KEY);

  const [form, setForm] = useState<Form>(() => (editing ? fromAction(editing) : emptyForm()));
  const [organisations, setOrganisations] = useState<TerritoryOrganisation[]>(() =>
    remembered(ORGANISATIONS_KEY, []),
  );
  const [quartiers, setQuartiers] = useState<Record<string, boolean>>(() =>
    remembered(QUARTIERS_KEY, {}),
  );
  // null until the outbox changes here: until then, what the device holds for the user.
  const [changed, setOutbox] = useState<OutboxItem[] | null>(null);
  const outbox = changed ?? (userId ? readOutbox(userId) : []);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const flush = useCallback(() => {
    if (!userId) return;
    void flushOutbox(userId, sendAction).then(setOutbox);
  }, [userId]);

  useEffect(() => {
    if (!userId) return;
    if (navigator.onLine) flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [userId, flush]);

  // Online: refresh the territory's organisations and the quartiers already known (QPV or not).
  useEffect(() => {
    if (!session) return;
    rememberOwner(session.user.id);
    localStorage.setItem(OWN_ORGANISATION_KEY, session.membership.organisation.id);
    listTerritoryOrganisations().then(
      (list) => {
        setOrganisations(list);
        localStorage.setItem(ORGANISATIONS_KEY, JSON.stringify(list));
      },
      () => undefined,
    );
    listActions({ limit: 500 }).then(
      (actions) => {
        const known: Record<string, boolean> = {};
        for (const action of actions) if (action.quartier) known[action.quartier] = action.qpv;
        setQuartiers(known);
        localStorage.setItem(QUARTIERS_KEY, JSON.stringify(known));
      },
      () => undefined,
    );
  }, [session]);

  const onCommune = useCallback((code: string) => setForm((f) => ({ ...f, inseeCode: code })), []);

  if (state.status === 'loading') {
    return (
      <p role="status" aria-live="polite">
        Chargement…
      </p>
    );
  }
  if (!userId) {
    return <Navigate to="/connexion" replace state={{ from: location.pathname }} />;
  }

  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const countKey = (ageBand: string, sex: string) => `${ageBand}/${sex}`;
  const team = form.team ?? (organisationId ? [organisationId] : []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (form.type === 'autre' && !form.typeOther.trim()) {
      setError('Précisez le type d’action.');
      return;
    }
    if (form.wentToBilan > form.peopleMet || form.wentToCaseFile > form.peopleMet) {
      setError('Les personnes orientées ne peuvent pas dépasser les personnes rencontrées.');
      return;
    }
    if (editing) {
      updateAction(editing.id, toInput(form, team)).then(
        () => void navigate('/pilotage/actions'),
        (e: Error) => setError(e.message),
      );
      return;
    }
    const clientId = crypto.randomUUID();
    setOutbox(addToOutbox(userId, clientId, toInput(form, team)));
    setNotice(
      navigator.onLine
        ? 'Action enregistrée. Elle est envoyée au serveur.'
        : 'Action enregistrée sur cet appareil. Elle sera envoyée dès le retour du réseau.',
    );
    setForm(emptyForm());
    flush();
  };

  const waiting = outbox.filter((item) => item.state === 'en_attente');
  const refused = outbox.filter((item) => item.state === 'refuse');

  return (
    <>
      <h1>{title}</h1>
      <p>
        <Link to="/pilotage/actions">Voir les actions du territoire</Link>
      </p>
      {!session && (
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description="Pas de réseau : l’action reste sur cet appareil et part dès le retour du réseau."
        />
      )}
      <div aria-live="polite" role="status">
        {waiting.length > 0 ? (
          <p>
            {waiting.length} action{waiting.length > 1 ? 's' : ''} en attente d’envoi.{' '}
            <Button priority="tertiary" size="small" onClick={flush}>
              Envoyer maintenant
            </Button>
          </p>
        ) : (
          <p>Aucune action en attente d’envoi.</p>
        )}
        {notice && <Alert severity="success" small description={notice} className="fr-mb-2w" />}
      </div>
      {refused.map((item) => (
        <Alert
          key={item.clientId}
          severity="error"
          small
          className="fr-mb-2w"
          description={`Action du ${item.action.heldOn} (${labelOf(actionTypeOptions, item.action.type)}) refusée : ${item.message ?? ''}`}
        />
      ))}
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" />}

      <form onSubmit={onSubmit} aria-label="Nouvelle action d’aller-vers">
        <RadioButtons
          legend="Type d’action"
          name="type"
          options={actionTypeOptions.map((option) => ({
            label: option.label,
            nativeInputProps: {
              value: option.value,
              checked: form.type === option.value,
              onChange: () => set('type', option.value),
            },
          }))}
        />
        {form.type === 'autre' && (
          <Input
            label="Précisez le type d’action"
            nativeInputProps={{
              value: form.typeOther,
              onChange: (e) => set('typeOther', e.target.value),
            }}
          />
        )}
        <Input
          label="Date"
          nativeInputProps={{
            type: 'date',
            value: form.heldOn,
            required: true,
            onChange: (e) => set('heldOn', e.target.value),
          }}
        />
        <Stepper
          label="Durée (minutes)"
          value={form.durationMinutes}
          max={1440}
          onChange={(value) => set('durationMinutes', value)}
        />
        <CommuneField
          name="commune"
          label="Commune"
          value={form.inseeCode}
          onChange={onCommune}
          error={null}
        />
        <Input
          label="Quartier (facultatif)"
          hintText="Un quartier déjà saisi sur le territoire reprend son statut QPV."
          nativeInputProps={{
            value: form.quartier,
            list: 'znr-quartiers',
            onChange: (e) => {
              const quartier = e.target.value;
              setForm((f) => ({ ...f, quartier, qpv: quartiers[quartier] ?? f.qpv }));
            },
          }}
        />
        <datalist id="znr-quartiers">
          {Object.keys(quartiers).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Checkbox
          options={[
            {
              label: 'Quartier prioritaire de la politique de la ville (QPV)',
              nativeInputProps: {
                checked: form.qpv,
                onChange: (e) => set('qpv', e.target.checked),
              },
            },
          ]}
        />
        <Stepper
          label="Personnes rencontrées"
          value={form.peopleMet}
          onChange={(value) => set('peopleMet', value)}
        />
        <Stepper
          label="Dont orientées vers un bilan de droits"
          value={form.wentToBilan}
          max={form.peopleMet}
          onChange={(value) => set('wentToBilan', value)}
        />
        <Stepper
          label="Dont un dossier ouvert"
          value={form.wentToCaseFile}
          max={form.peopleMet}
          onChange={(value) => set('wentToCaseFile', value)}
        />
        <details className="fr-mb-3w">
          <summary>Par âge et sexe (facultatif, comptages anonymes)</summary>
          {ageBandOptions.map((band) =>
            sexOptions.map((sex) => (
              <Stepper
                key={countKey(band.value, sex.value)}
                label={`${sex.label}, ${band.label.toLowerCase()}`}
                value={form.counts[countKey(band.value, sex.value)] ?? 0}
                onChange={(value) =>
                  set('counts', { ...form.counts, [countKey(band.value, sex.value)]: value })
                }
              />
            )),
          )}
        </details>
        {organisations.length > 0 && (
          <Checkbox
            legend="Équipe : organisations présentes"
            options={organisations.map((organisation) => ({
              label: organisation.name,
              nativeInputProps: {
                checked: team.includes(organisation.id),
                onChange: (e) =>
                  set(
                    'team',
                    e.target.checked
                      ? [...team, organisation.id]
                      : team.filter((id) => id !== organisation.id),
                  ),
              },
            }))}
          />
        )}
        <Input
          label="Note (facultatif)"
          hintText="Sans nom ni information sur une personne."
          textArea
          nativeTextAreaProps={{ value: form.note, onChange: (e) => set('note', e.target.value) }}
        />
        <Button type="submit" size="large" iconId="fr-icon-save-line">
          Enregistrer l’action
        </Button>
      </form>
    </>
  );
}
