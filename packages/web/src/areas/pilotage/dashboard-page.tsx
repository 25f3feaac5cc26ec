import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import {
  fetchIndicatorFilters,
  fetchIndicators,
  indicatorExportUrl,
  type Breakdown,
  type IndicatorFilters,
  type IndicatorParams,
  type IndicatorReport,
} from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { BarList, ColumnChart, Legend } from './bar-chart.tsx';
import { ChartFigure } from './chart-figure.tsx';
import { DashboardFilters } from './dashboard-filters.tsx';
import { KeyFigures } from './key-figures.tsx';
import {
  byKey,
  periodLabel,
  series,
  total,
  withoutEmptyCategories,
  type ChartData,
  type Datum,
} from './indicator-data.ts';

/** The last twelve months, up to this one. */
function lastYear(): IndicatorParams {
  const now = new Date();
  const month = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  return {
    from: month(new Date(now.getFullYear(), now.getMonth() - 11, 1)),
    to: month(now),
    period: 'month',
  };
}

function applicable(report: IndicatorReport, code: string): boolean {
  return report.indicators.find((i) => i.code === code)?.applicable ?? false;
}

function funnel(report: IndicatorReport): ChartData {
  const steps: [string, string][] = [
    ['personnes_rencontrees', 'Personnes rencontrées'],
    ['menages_avec_bilan', 'Ménages ayant eu un bilan'],
    ['menages_droit_identifie', 'Ménages avec un droit identifié'],
    ['menages_droit_engage', 'Ménages avec une démarche engagée'],
    ['menages_droit_ouvert', 'Ménages avec un droit ouvert'],
  ];
  return {
    categoryName: 'Étape',
    categories: steps.map(([, label]) => label),
    series: [
      {
        name: 'Nombre',
        values: steps.map(([code, label]): Datum => {
          const value = total(report, code);
          return value === null
            ? { label, value, note: 'masqué (secret statistique)' }
            : { label, value };
        }),
      },
    ],
  };
}

function overTime(
  report: IndicatorReport,
  codes: [string, string][],
  periodName: string,
): ChartData {
  return {
    categoryName: periodName,
    categories: report.periods.map(periodLabel),
    series: codes
      .filter(([code]) => applicable(report, code))
      .map(([code, name]) => ({ name, values: series(report, code) })),
  };
}

function perBenefit(report: IndicatorReport, codes: [string, string][]): ChartData {
  const first = byKey(report, codes[0]?.[0] ?? '');
  return withoutEmptyCategories({
    categoryName: 'Prestation',
    categories: first.map((d) => d.label),
    series: codes.map(([code, name]) => ({ name, values: byKey(report, code) })),
  });
}

function perRule(report: IndicatorReport): ChartData {
  return {
    ...perBenefit(report, [
      ['reperage_candidats', 'Repérés'],
      ['reperage_joints', 'Joints'],
      ['reperage_bilans', 'Bilan'],
      ['reperage_droits_ouverts', 'Droit ouvert'],
    ]),
    categoryName: 'Règle de repérage',
  };
}

const periodNames = { month: 'Mois', quarter: 'Trimestre', year: 'Année' } as const;

const breakdownOptions: { value: Breakdown | ''; label: string }[] = [
  { value: '', label: 'Aucune (total)' },
  { value: 'territory', label: 'Par territoire' },
  { value: 'quartier', label: 'Par quartier' },
  { value: 'organisation', label: 'Par organisation' },
  { value: 'actionType', label: 'Par type d’action' },
  { value: 'benefit', label: 'Par prestation' },
  { value: 'rule', label: 'Par règle de repérage' },
];

/** /pilotage: the territory's dashboard (coordinateur, pilote) or all territories' (évaluateur). */
export function DashboardPage() {
  const [params, setParams] = useState<IndicatorParams>(lastYear);
  const [filters, setFilters] = useState<IndicatorFilters | undefined>();
  const [report, setReport] = useState<IndicatorReport | undefined>();
  const [benefits, setBenefits] = useState<IndicatorReport | undefined>();
  const [rules, setRules] = useState<IndicatorReport | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [exportBy, setExportBy] = useState<Breakdown | ''>('');
  const national = filters?.scope === 'national';
  usePageTitle(national ? 'Indicateurs de tous les territoires' : 'Tableau de bord du territoire');

  useEffect(() => {
    fetchIndicatorFilters().then(setFilters, (e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    Promise.all([
      fetchIndicators(params),
      fetchIndicators({ ...params, by: 'benefit' }),
      fetchIndicators({ ...params, by: 'rule' }),
    ]).then(
      ([all, byBenefit, byRule]) => {
        setError(undefined);
        setReport(all);
        setBenefits(byBenefit);
        setRules(byRule);
      },
      (e: Error) => setError(e.message),
    );
  }, [params]);

  const periodName = periodNames[params.period];
  return (
    <>
      <h1>{national ? 'Indicateurs de tous les territoires' : 'Tableau de bord du territoire'}</h1>
      {national && (
        <p>
          Les effectifs de moins de 5 sont masqués, ainsi que les valeurs qui permettraient de les
          retrouver par différence.
        </p>
      )}
      <DashboardFilters filters={filters} params={params} onApply={setParams} />
      {error !== undefined && <Alert severity="error" title="Erreur" description={error} />}
      {report === undefined ? (
        <p role="status">Chargement des indicateurs…</p>
      ) : (
        <div aria-live="polite">
          <h2>L’essentiel de la période</h2>
          <KeyFigures report={report} />

          <h2>Du premier contact au droit ouvert</h2>
          {applicable(report, 'menages_avec_bilan') ? (
            <ChartFigure
              id="parcours"
              title="Parcours des personnes rencontrées sur la période"
              description="Personnes rencontrées (actions d’aller-vers et dossiers ouverts), puis ménages dont le dossier a été ouvert sur la période et ce qu’ils sont devenus depuis."
              data={funnel(report)}
            >
              <BarList data={funnel(report)} />
            </ChartFigure>
          ) : (
            <p>Le parcours ne se ventile pas par type d’action.</p>
          )}

          <h2>Au fil du temps</h2>
          <ChartFigure
            id="rencontres-bilans"
            title="Personnes rencontrées et bilans réalisés"
            data={overTime(
              report,
              [
                ['personnes_rencontrees', 'Personnes rencontrées'],
                ['bilans', 'Bilans réalisés'],
              ],
              periodName,
            )}
          >
            <Legend
              data={overTime(
                report,
                [
                  ['personnes_rencontrees', 'Personnes rencontrées'],
                  ['bilans', 'Bilans réalisés'],
                ],
                periodName,
              )}
            />
            <ColumnChart
              data={overTime(
                report,
                [
                  ['personnes_rencontrees', 'Personnes rencontrées'],
                  ['bilans', 'Bilans réalisés'],
                ],
                periodName,
              )}
            />
          </ChartFigure>
          <ChartFigure
            id="droits-ouverts"
            title="Droits identifiés et ouverts"
            data={overTime(
              report,
              [
                ['droits_identifies', 'Droits identifiés'],
                ['droits_ouverts', 'Droits ouverts'],
              ],
              periodName,
            )}
          >
            <ColumnChart
              data={overTime(
                report,
                [
                  ['droits_identifies', 'Droits identifiés'],
                  ['droits_ouverts', 'Droits ouverts'],
                ],
                periodName,
              )}
            />
          </ChartFigure>

          {benefits !== undefined && applicable(benefits, 'droits_identifies') && (
            <>
              <h2>Par prestation</h2>
              <ChartFigure
                id="prestations"
                title="Droits identifiés, engagés et ouverts par prestation"
                data={perBenefit(benefits, [
                  ['droits_identifies', 'Identifiés'],
                  ['droits_engages', 'Démarche engagée'],
                  ['droits_ouverts', 'Ouverts'],
                ])}
              >
                <Legend
                  data={perBenefit(benefits, [
                    ['droits_identifies', 'Identifiés'],
                    ['droits_engages', 'Démarche engagée'],
                    ['droits_ouverts', 'Ouverts'],
                  ])}
                />
                <BarList
                  data={perBenefit(benefits, [
                    ['droits_identifies', 'Identifiés'],
                    ['droits_engages', 'Démarche engagée'],
                    ['droits_ouverts', 'Ouverts'],
                  ])}
                />
              </ChartFigure>
              <ChartFigure
                id="montants"
                title="Montant mensuel des droits ouverts par prestation"
                unit="€"
                data={perBenefit(benefits, [['euros_mensuels_ouverts', 'Euros par mois']])}
              >
                <BarList
                  unit="€"
                  data={perBenefit(benefits, [['euros_mensuels_ouverts', 'Euros par mois']])}
                />
              </ChartFigure>
            </>
          )}

          <h2>Aller-vers et réseau</h2>
          <ChartFigure
            id="actions"
            title="Actions d’aller-vers"
            data={overTime(report, [['actions', 'Actions']], periodName)}
          >
            <ColumnChart data={overTime(report, [['actions', 'Actions']], periodName)} />
          </ChartFigure>
          {applicable(report, 'ateliers') && (
            <ChartFigure
              id="reseau"
              title="Partenaires, ateliers et blocages"
              data={overTime(
                report,
                [
                  ['partenaires_mobilises', 'Partenaires mobilisés'],
                  ['ateliers', 'Ateliers'],
                  ['participants_ateliers', 'Participants'],
                  ['blocages_signales', 'Blocages signalés'],
                  ['blocages_resolus', 'Blocages résolus'],
                ],
                periodName,
              )}
            >
              <ColumnChart
                data={overTime(
                  report,
                  [
                    ['blocages_signales', 'Blocages signalés'],
                    ['blocages_resolus', 'Blocages résolus'],
                  ],
                  periodName,
                )}
              />
            </ChartFigure>
          )}

          {rules !== undefined && rules.keys.length > 1 && (
            <>
              <h2>Repérage</h2>
              <ChartFigure
                id="reperage"
                title="Conversion du repérage par règle"
                description="Ménages repérés sur la période, puis joints, ayant eu un bilan et dont un droit a été ouvert."
                data={perRule(rules)}
              >
                <Legend data={perRule(rules)} />
                <BarList data={perRule(rules)} />
              </ChartFigure>
            </>
          )}

          <h2 id="exports">Exports pour l’évaluation nationale</h2>
          <p>
            Format commun de l’évaluation (une ligne par indicateur, période et ventilation), petits
            effectifs masqués. Voir la définition de chaque indicateur dans le guide.
          </p>
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
            <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
              <Select
                label="Ventilation de l’export"
                nativeSelectProps={{
                  value: exportBy,
                  onChange: (e) => setExportBy(e.target.value as Breakdown | ''),
                }}
              >
                {breakdownOptions.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <ul
            className={fr.cx(
              'fr-btns-group',
              'fr-btns-group--inline-md',
              'fr-btns-group--icon-left',
            )}
          >
            {(['csv', 'xlsx', 'json'] as const).map((format) => (
              <li key={format}>
                <a
                  className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-download-line')}
                  href={indicatorExportUrl({ ...params, by: exportBy || undefined }, format)}
                  download
                >
                  Exporter en {format.toUpperCase()}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** For the router's lazy route: this module is its own chunk. */
export { DashboardPage as Component };
