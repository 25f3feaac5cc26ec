import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import type { Granularity, IndicatorFilters, IndicatorParams } from '../../api/index.ts';

const periods: { value: Granularity; label: string }[] = [
  { value: 'month', label: 'Mois' },
  { value: 'quarter', label: 'Trimestre' },
  { value: 'year', label: 'Année' },
];

function Choice<Value extends string>(props: {
  label: string;
  value: Value | undefined;
  options: { value: Value; label: string }[];
  onChange: (value: Value | undefined) => void;
  all: string;
}) {
  return (
    <Select
      label={props.label}
      nativeSelectProps={{
        value: props.value ?? '',
        onChange: (e) =>
          props.onChange(props.options.find((option) => option.value === e.target.value)?.value),
      }}
    >
      <option value="">{props.all}</option>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

/** The dashboard's filters; the charts change when the form is sent. */
export function DashboardFilters(props: {
  filters: IndicatorFilters | undefined;
  params: IndicatorParams;
  onApply: (params: IndicatorParams) => void;
}) {
  const [draft, setDraft] = useState(props.params);
  const set = (change: Partial<IndicatorParams>) => setDraft({ ...draft, ...change });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onApply(draft);
  };
  const filters = props.filters;
  const wrong = draft.from > draft.to;
  return (
    <form onSubmit={submit} aria-label="Filtres du tableau de bord" className={fr.cx('fr-mb-4w')}>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <Input
            label="Du mois"
            nativeInputProps={{
              type: 'month',
              value: draft.from,
              required: true,
              onChange: (e) => set({ from: e.target.value }),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <Input
            label="Au mois (inclus)"
            state={wrong ? 'error' : 'default'}
            stateRelatedMessage={wrong ? 'Le dernier mois précède le premier.' : undefined}
            nativeInputProps={{
              type: 'month',
              value: draft.to,
              required: true,
              onChange: (e) => set({ to: e.target.value }),
            }}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <Select
            label="Regrouper par"
            nativeSelectProps={{
              value: draft.period,
              onChange: (e) => set({ period: e.target.value as Granularity }),
            }}
          >
            {periods.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </div>
        {filters?.scope === 'national' && (
          <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
            <Choice
              label="Territoire"
              all="Tous les territoires"
              value={draft.territoryId}
              options={filters.territories.map((t) => ({ value: t.id, label: t.name }))}
              onChange={(territoryId) => set({ territoryId })}
            />
          </div>
        )}
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <Choice
            label="Quartier"
            all="Tous les quartiers"
            value={draft.quartier}
            options={(filters?.quartiers ?? []).map((q) => ({ value: q, label: q }))}
            onChange={(quartier) => set({ quartier })}
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
          <Choice
            label="Type d’action"
            all="Tous les types"
            value={draft.actionType}
            options={(filters?.actionTypes ?? []).map((a) => ({ value: a.id, label: a.label }))}
            onChange={(actionType) => set({ actionType })}
          />
        </div>
        {filters?.scope === 'territoire' && (
          <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
            <Choice
              label="Organisation"
              all="Toutes les organisations"
              value={draft.organisationId}
              options={filters.organisations.map((o) => ({ value: o.id, label: o.name }))}
              onChange={(organisationId) => set({ organisationId })}
            />
          </div>
        )}
      </div>
      <Button type="submit" disabled={wrong} className={fr.cx('fr-mt-2w')}>
        Afficher
      </Button>
    </form>
  );
}
