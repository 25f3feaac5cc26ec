import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { saveService, type DiRecord, type Referentials } from '../../api/index.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const list = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);

/** The selected options of a multiple select. */
const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

/**
 * Creates a service of a structure of the directory, or edits one (`service` given: same id, so
 * the directory replaces it). The fields are the data·inclusion schema's that a coordinator
 * fills in by hand; the others are kept as they were.
 */
export function ServiceForm({
  structure,
  service,
  referentials,
  onSaved,
}: {
  structure: DiRecord;
  service?: DiRecord;
  referentials: Referentials | null;
  onSaved: (error?: string) => void;
}) {
  const [form, setForm] = useState({
    nom: text(service?.nom),
    description: text(service?.description),
    type: text(service?.type),
    thematiques: list(service?.thematiques),
    publics: list(service?.publics),
    modes_accueil: list(service?.modes_accueil),
    conditions_acces: text(service?.conditions_acces),
    telephone: text(service?.telephone),
    courriel: text(service?.courriel),
  });
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    saveService({
      ...(service ?? {}),
      structure_id: structure.id,
      nom: form.nom,
      description: form.description,
      type: form.type || null,
      thematiques: form.thematiques,
      publics: form.publics,
      modes_accueil: form.modes_accueil,
      conditions_acces: form.conditions_acces || null,
      telephone: form.telephone || null,
      courriel: form.courriel || null,
    }).then(
      () => onSaved(),
      (e: Error) => onSaved(e.message),
    );
  };

  const what = service ? `le service « ${text(service.nom)} »` : `un service de ${structure.nom}`;
  return (
    <form onSubmit={onSubmit} aria-label={service ? `Modifier ${what}` : `Ajouter ${what}`}>
      <Input
        label="Nom du service"
        nativeInputProps={{
          value: form.nom,
          required: true,
          minLength: 3,
          onChange: (e) => set('nom', e.target.value),
        }}
      />
      <Input
        label="Description"
        hintText="Ce que le service fait, pour qui : au moins 5 caractères."
        textArea
        nativeTextAreaProps={{
          value: form.description,
          required: true,
          minLength: 5,
          onChange: (e) => set('description', e.target.value),
        }}
      />
      <Select
        label="Thématiques"
        hint="Plusieurs choix possibles (Ctrl ou Cmd + clic sur un ordinateur)."
        nativeSelectProps={{
          multiple: true,
          size: 6,
          value: form.thematiques,
          onChange: (e) => set('thematiques', selected(e.target)),
        }}
      >
        {(referentials?.thematiques ?? []).map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </Select>
      <Select
        label="Type de service (facultatif)"
        nativeSelectProps={{ value: form.type, onChange: (e) => set('type', e.target.value) }}
      >
        <option value="">Non précisé</option>
        {(referentials?.typesDeServices ?? []).map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </Select>
      <Select
        label="Publics (facultatif)"
        hint="Plusieurs choix possibles."
        nativeSelectProps={{
          multiple: true,
          size: 4,
          value: form.publics,
          onChange: (e) => set('publics', selected(e.target)),
        }}
      >
        {(referentials?.publics ?? []).map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
      <Checkbox
        legend="Modes d’accueil"
        options={(referentials?.modesAccueil ?? []).map((mode) => ({
          label:
            mode === 'en-presentiel'
              ? 'En présentiel'
              : mode === 'a-distance'
                ? 'À distance'
                : mode,
          nativeInputProps: {
            checked: form.modes_accueil.includes(mode),
            onChange: (e) =>
              set(
                'modes_accueil',
                e.target.checked
                  ? [...form.modes_accueil, mode]
                  : form.modes_accueil.filter((m) => m !== mode),
              ),
          },
        }))}
      />
      <Input
        label="Conditions d’accès (facultatif)"
        textArea
        nativeTextAreaProps={{
          value: form.conditions_acces,
          onChange: (e) => set('conditions_acces', e.target.value),
        }}
      />
      <Input
        label="Téléphone (facultatif)"
        nativeInputProps={{
          type: 'tel',
          value: form.telephone,
          onChange: (e) => set('telephone', e.target.value),
        }}
      />
      <Input
        label="Courriel (facultatif)"
        nativeInputProps={{
          type: 'email',
          value: form.courriel,
          onChange: (e) => set('courriel', e.target.value),
        }}
      />
      <Button type="submit" size="small">
        {service ? 'Enregistrer le service' : 'Ajouter le service'}
      </Button>
    </form>
  );
}
