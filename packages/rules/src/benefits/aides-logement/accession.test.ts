import { describe, expect, it } from 'vitest';
import { simulateMany } from '../../index.ts';
import { situation, type HouseholdSpec } from '../../../test/situations.ts';

// A single person without income in Lyon (zone 2) repaying 854 € a month. Her resources are the
// floor of 16.25 repayments: R = 13 877.50 € (D842-12 CCH). N = 1.2 part; the repayment retained
// is the zone-2 ceiling of a single person, L = 276.14 €; charges C = 60.59 €. Minimal repayment
// L0 = (barème(R / N) × N + 76.32) / 12 = 298.96 €, so L + C − L0 = 37.77 €.
const buyer = (loan: HouseholdSpec['loan'], depcom = '69123', rent = 854): HouseholdSpec => ({
  parents: [{ birth: '1980-02-01', activite: 'inactif' }],
  housing: 'primo_accedant',
  rent,
  depcom,
  loan,
});

describe('housing aid of a home buyer (accession)', () => {
  it('pays K × (L + C − L0), with the higher K of a conventionné loan', () => {
    const [conventionne, other] = simulateMany(
      [
        situation(
          buyer({
            date: '2003-10-27',
            conventionne: true,
            etat: 'construction_acquisition_logement_neuf',
          }),
        ),
        situation(buyer({ date: '2003-10-27', etat: 'construction_acquisition_logement_neuf' })),
      ],
      '2026-06',
    );
    // K = 0.95 − 13 877.50 / (22 111.33 × 1.2) = 0.42698: 16.13 € − 5 € − CRDS 0.5 % = 11.07 €.
    expect(conventionne!.aide_logement).toBeCloseTo(11.07, 2);
    expect(conventionne!.aide_logement_type).toBe('als');
    expect(conventionne!.als).toBeCloseTo(11.07, 2);
    // K = 0.90 − 13 877.50 / (21 420.91 × 1.2) = 0.36013: 13.60 € − 5 € − CRDS = 8.56 €.
    expect(other!.aide_logement).toBeCloseTo(8.56, 2);
    // The RSA forfait logement is the aid received: 651.69 € − 11.07 €.
    expect(conventionne!.rsa).toBeCloseTo(640.62, 2);
  });

  it('is closed to loans signed since 2018, except conventionné loans for an old dwelling in zone 3 until 2019', () => {
    const old = 'acquisition_sans_amelioration_logement_existant';
    const [since2018, zone3Old, zone3New, zone3Late, zone2Old] = simulateMany(
      [
        situation(buyer({ date: '2018-03-01', conventionne: true, etat: old })),
        situation(buyer({ date: '2019-06-01', conventionne: true, etat: old }, '15014', 400)),
        situation(
          buyer(
            {
              date: '2019-06-01',
              conventionne: true,
              etat: 'construction_acquisition_logement_neuf',
            },
            '15014',
            400,
          ),
        ),
        situation(buyer({ date: '2020-01-01', conventionne: true, etat: old }, '15014', 400)),
        situation(buyer({ date: '2019-06-01', conventionne: true, etat: old }, '69123', 400)),
      ],
      '2026-06',
    );
    expect(since2018!.aide_logement).toBe(0);
    expect(zone3Old!.aide_logement).toBeGreaterThan(0);
    expect(zone3New!.aide_logement).toBe(0);
    expect(zone3Late!.aide_logement).toBe(0);
    expect(zone2Old!.aide_logement).toBe(0);
  });

  it('gives nothing to an owner without a loan', () => {
    const [owner] = simulateMany(
      [situation({ ...buyer(undefined), housing: 'proprietaire', rent: 0 })],
      '2026-06',
    );
    expect(owner!.aide_logement).toBe(0);
  });
});
