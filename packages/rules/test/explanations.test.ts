// Every benefit explains itself from its own computation: the trace's top value is the amount,
// each cited parameter is the one in force at its step's month, every refusal has a specific
// reason (not one sentence for all), and every reason reads easily (Kandel–Moles).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryAt,
  explainSituation,
  kandelMoles,
  outputVariables,
  parseMonth,
  simulate,
  type OpenFiscaSituation,
  type Parameter,
  type TraceNode,
} from '../src/index.ts';
import { aidesLogementParameters } from '../src/benefits/aides-logement/aides-logement-parameters.ts';
import { arsParameters } from '../src/benefits/ars/ars-parameters.ts';
import {
  chequeEnergieParameters,
  rfrParameters,
} from '../src/benefits/cheque-energie/cheque-energie-parameters.ts';
import { commonParameters } from '../parameters/common.ts';
import { cssParameters } from '../src/benefits/css/css-parameters.ts';
import { handicapVieillesseParameters } from '../src/benefits/handicap-vieillesse/handicap-vieillesse-parameters.ts';
import { prestationsFamilialesParameters } from '../src/benefits/prestations-familiales/prestations-familiales-parameters.ts';
import { primeActiviteParameters } from '../src/benefits/prime-activite/prime-activite-parameters.ts';
import { rsaParameters } from '../src/benefits/rsa/rsa-parameters.ts';
import oracleSubset from './cases/oracle-subset.json' with { type: 'json' };
import { situation, type HouseholdSpec } from './situations.ts';

const PERIOD = '2026-06';
const parameters: Parameter[] = [
  aidesLogementParameters,
  arsParameters,
  chequeEnergieParameters,
  rfrParameters,
  commonParameters,
  cssParameters,
  handicapVieillesseParameters,
  prestationsFamilialesParameters,
  primeActiviteParameters,
  rsaParameters,
].flatMap((group) => Object.values(group as Record<string, Parameter>));

const person = fc.record({
  birth: fc.constantFrom(
    '1948-02-10',
    '1958-03-02',
    '1961-09-01',
    '1975-07-15',
    '1990-11-30',
    '2002-01-01',
    '2005-06-20',
  ),
  activite: fc.constantFrom<'actif' | 'chomeur' | 'inactif' | 'retraite' | 'etudiant'>(
    'actif',
    'chomeur',
    'inactif',
    'retraite',
    'etudiant',
  ),
  salaireNet: fc.constantFrom(0, 0, 450, 900, 1400, 2100, 3200),
  chomageNet: fc.constantFrom(0, 0, 700),
  retraiteNette: fc.constantFrom(0, 0, 650, 1300),
  pensionsAlimentaires: fc.constantFrom(0, 0, 150),
});
const household: fc.Arbitrary<HouseholdSpec> = fc.record({
  parents: fc.array(person, { minLength: 1, maxLength: 2 }),
  children: fc.array(
    fc.record({
      birth: fc.constantFrom('2004-04-01', '2009-09-09', '2013-02-14', '2019-05-05', '2024-11-10'),
    }),
    { maxLength: 4 },
  ),
  depcom: fc.constantFrom('75056', '69123', '48095'),
  housing: fc.constantFrom(
    'locataire_hlm',
    'locataire_vide',
    'locataire_meuble',
    'proprietaire',
    'loge_gratuitement',
  ),
  rent: fc.constantFrom(250, 480, 720, 1100),
});

const oracle = (oracleSubset as { cases: { input: OpenFiscaSituation }[] }).cases.map(
  (c) => c.input,
);
const generated = fc.sample(household, { numRuns: 300, seed: 14 }).map(situation);
const households = [...oracle, ...generated];

function walk(node: TraceNode, visit: (node: TraceNode) => void): void {
  visit(node);
  for (const child of node.children) walk(child, visit);
}

describe('explanations of every benefit', () => {
  const explained = households.map((s) => explainSituation(s, PERIOD));

  it('explains every output variable, its top step valued as the amount (0,01 €)', () => {
    for (const { results, explanations } of explained) {
      for (const variable of outputVariables) {
        const explanation = explanations[variable];
        const want = results[variable];
        const top = explanation.steps[0]?.value;
        if (typeof want === 'number')
          expect(Math.abs(Number(top) - want)).toBeLessThanOrEqual(0.01);
        else expect(top).toBe(want);
      }
    }
  });

  it('gives a reason to every refusal and none to a right', () => {
    for (const { explanations } of explained)
      for (const variable of outputVariables) {
        const { status, reason } = explanations[variable];
        if (status === 'eligible') expect(reason).toBe('');
        else expect(reason.length, `${variable} sans motif`).toBeGreaterThan(20);
      }
  });

  it('never gives one sentence for all the refusals of a benefit', () => {
    for (const variable of outputVariables) {
      const reasons = new Set(
        explained
          .map(({ explanations }) => explanations[variable])
          .filter((e) => e.status === 'non_eligible')
          .map((e) => e.reason),
      );
      expect(reasons.size, variable).toBeGreaterThan(1);
    }
  });

  it('writes every reason plainly (Kandel–Moles 60 or more) with French figures', () => {
    const reasons = new Set(
      explained.flatMap(({ explanations }) => Object.values(explanations).map((e) => e.reason)),
    );
    reasons.delete('');
    for (const reason of reasons) {
      expect(kandelMoles(reason), reason).toBeGreaterThanOrEqual(60);
      // No dot as a decimal mark, thousands grouped with a no-break space.
      expect(reason, reason).not.toMatch(/\d\.\d|\d{4,}\s?€/);
    }
  });

  it('cites each legal parameter as in force at its step’s month', () => {
    const examples = households.slice(0, 120).map((s) => simulate(s, PERIOD).trace);
    let cited = 0;
    for (const trace of examples)
      for (const root of trace)
        walk(root, (node) => {
          const month = parseMonth(node.period);
          for (const p of node.parameters) {
            cited++;
            const candidates = parameters.filter((parameter) =>
              parameter.values.some(
                (v) => v.from === p.from && v.value === p.value && v.source.url === p.source.url,
              ),
            );
            expect(candidates.length, p.name).toBeGreaterThan(0);
            expect(
              candidates.some((parameter) => entryAt(parameter, month).from === p.from),
              `${node.variable} : ${p.name} (${p.from}) n’est pas en vigueur en ${node.period}`,
            ).toBe(true);
          }
        });
    expect(cited).toBeGreaterThan(1000);
  });

  it('says what to check near a ceiling: « à vérifier » with the figures', () => {
    const statuses = new Set(
      explained.flatMap(({ explanations }) => Object.values(explanations).map((e) => e.status)),
    );
    expect([...statuses].sort()).toEqual(['a_verifier', 'eligible', 'non_eligible']);
  });
});

describe('explanations of a household of several familles', () => {
  it('values the top step as the summed amount, one step per famille', () => {
    const year = (value: number) => ({ '2025': value * 12, '2026': value * 12 });
    const s: OpenFiscaSituation = {
      individus: {
        mere: { date_naissance: { ETERNITY: '1990-03-01' }, salaire_net: year(900) },
        enfant: { date_naissance: { ETERNITY: '2020-05-05' } },
        grand_mere: { date_naissance: { ETERNITY: '1950-01-01' }, retraite_nette: year(500) },
      },
      familles: {
        f1: { parents: ['mere'], enfants: ['enfant'] },
        f2: { parents: ['grand_mere'] },
      },
      foyers_fiscaux: {
        ff1: { declarants: ['mere'], personnes_a_charge: ['enfant'] },
        ff2: { declarants: ['grand_mere'] },
      },
      menages: {
        m: {
          personne_de_reference: ['mere'],
          enfants: ['enfant'],
          autres: ['grand_mere'],
          depcom: { '2026-06': '69123' },
          statut_occupation_logement: { '2026-06': 'locataire_vide' },
          loyer: { '2026-06': 700 },
        },
      },
    };
    const { results, explanations } = explainSituation(s, PERIOD);
    expect(results.aspa).toBeGreaterThan(0);
    expect(results.ppa).toBeGreaterThan(0);
    for (const variable of outputVariables) {
      const want = results[variable];
      const top = explanations[variable].steps[0]!.value;
      if (typeof want === 'number')
        expect(Math.abs(Number(top) - want), variable).toBeLessThanOrEqual(0.01);
      else expect(top, variable).toBe(want);
    }
    expect(explanations.aspa.status).toBe('eligible');
    expect(explanations.aspa.steps[0]!.steps.map((step) => step.label)).toEqual([
      expect.stringMatching(/^Famille n° 1/),
      expect.stringMatching(/^Famille n° 2/),
    ]);
  });
});
