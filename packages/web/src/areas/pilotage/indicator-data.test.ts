import { describe, expect, it } from 'vitest';
import type { IndicatorReport } from '../../api/index.ts';
import {
  byKey,
  chartCsv,
  formatValue,
  periodLabel,
  series,
  total,
  withoutEmptyCategories,
} from './indicator-data.ts';

// Two months, two quartiers; February's Centre is suppressed (secret statistique).
const report: IndicatorReport = {
  periods: ['2026-01', '2026-02'],
  keys: [
    { key: 'Centre', label: 'Centre' },
    { key: 'Gare', label: 'Gare' },
    { key: '*', label: 'Ensemble' },
  ],
  indicators: [
    {
      code: 'bilans',
      label: 'Bilans',
      unit: 'nombre',
      applicable: true,
      values: [
        { period: '2026-01', key: 'Centre', value: 7 },
        { period: '2026-02', key: 'Centre', value: null, suppressed: 'primaire' },
        { period: '2026-01', key: 'Gare', value: 5 },
        { period: '2026-02', key: 'Gare', value: 6 },
        { period: '2026-01', key: '*', value: 12 },
        { period: '2026-02', key: '*', value: 9 },
      ],
    },
  ],
};

describe('indicator data for the charts', () => {
  it('reads the totals per period and their sum', () => {
    expect(series(report, 'bilans').map((d) => [d.label, d.value])).toEqual([
      ['janv. 2026', 12],
      ['févr. 2026', 9],
    ]);
    expect(total(report, 'bilans')).toBe(21);
  });

  it('sums each key over the periods, hiding a key with a suppressed period', () => {
    expect(byKey(report, 'bilans')).toEqual([
      { label: 'Centre', value: null, note: 'masqué (secret statistique)' },
      { label: 'Gare', value: 11 },
    ]);
  });

  it('names periods in French and writes a CSV Excel opens', () => {
    expect([periodLabel('2026-T1'), periodLabel('2026-T3'), periodLabel('2026')]).toEqual([
      '1er trim. 2026',
      '3e trim. 2026',
      '2026',
    ]);
    const csv = chartCsv({
      categoryName: 'Mois',
      categories: ['janv. 2026', 'févr. 2026'],
      series: [
        {
          name: 'Montant; €',
          values: [
            { label: 'a', value: 12.5 },
            { label: 'b', value: null },
          ],
        },
      ],
    });
    expect(csv).toBe('\uFEFFMois;"Montant; €"\r\njanv. 2026;12,5\r\nfévr. 2026;\r\n');
  });
});

describe('a value as people read it', () => {
  // fr-FR: narrow no-break space between thousands, decimal comma, one decimal at most.
  it.each([
    [1234, '', '1\u202f234'],
    [12.5, '', '12,5'],
    [12.46, '', '12,5'],
    [0.25, '', '0,3'],
    [3.04, '', '3'],
    [1234567.89, '', '1\u202f234\u202f567,9'],
    [-2.5, '', '-2,5'],
    [42.5, '%', '42,5 %'],
    [18.25, 'jours', '18,3 jours'],
    [0, '', '0'],
  ])('%f %s → « %s »', (value, unit, text) => {
    expect(formatValue({ label: 'x', value }, unit)).toBe(text);
  });

  it('says why a value is not shown', () => {
    expect(formatValue({ label: 'x', value: null, note: 'masqué (secret statistique)' })).toBe(
      'masqué (secret statistique)',
    );
    expect(formatValue({ label: 'x', value: null })).toBe('non disponible');
  });
});

describe('withoutEmptyCategories', () => {
  it('drops a category that is 0 in every series, keeps a hidden (null) or non-zero one', () => {
    const chart = withoutEmptyCategories({
      categoryName: 'Prestation',
      categories: ['Aide non précisée', 'RSA', 'AAH'],
      series: [
        {
          name: 'Identifiés',
          values: [
            { label: '', value: 0 },
            { label: '', value: 0 },
            { label: '', value: null },
          ],
        },
        {
          name: 'Ouverts',
          values: [
            { label: '', value: 0 },
            { label: '', value: 2 },
            { label: '', value: 0 },
          ],
        },
      ],
    });
    expect(chart.categories).toEqual(['RSA', 'AAH']);
    expect(chart.series.map((s) => s.values.map((v) => v.value))).toEqual([
      [0, null],
      [2, 0],
    ]);
  });
});
