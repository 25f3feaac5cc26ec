// Households as OpenFisca Web API situations, one JSON line each, for `bench:simulate`: people
// alone or in couples, with 0 to 4 children, working, unemployed, retired or inactive, tenants,
// owners or housed free, in communes of the three housing-aid zones. Incomes are given net,
// taxable and gross like the oracle's households; by default as yearly totals for 2023 … 2026
// (OpenFisca divides a yearly amount among its months, as the engine does), with MONTHLY=1 as
// the 48 months of the oracle's lines.

/** Small deterministic generator (mulberry32): the same file for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMUNES = ['75056', '69123', '69259', '13055', '59350', '12145', '71270', '15014'];
const HOUSING = [
  'locataire_vide',
  'locataire_hlm',
  'locataire_meuble',
  'proprietaire',
  'loge_gratuitement',
];
const YEARS = ['2023', '2024', '2025', '2026'];
const MONTHS = YEARS.flatMap((y) =>
  Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`),
);

/** Writes situations as JSON lines: `next()` gives the next line, without its newline. */
export function situationLines(seed: number, monthly: boolean): { next(index: number): string } {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const cents = (x: number): number => Math.round(x * 100) / 100;
  // A monthly amount the same every month, as the periods OpenFisca reads.
  const amount = (perMonth: number): Record<string, number> =>
    monthly
      ? Object.fromEntries(MONTHS.map((m) => [m, cents(perMonth)]))
      : Object.fromEntries(YEARS.map((y) => [y, cents(perMonth * 12)]));
  const same = <T>(value: T): Record<string, T> =>
    Object.fromEntries((monthly ? MONTHS : YEARS).map((p) => [p, value]));

  const adult = (age: number, couple: boolean): Record<string, unknown> => {
    const kind = rnd();
    const vars: Record<string, unknown> = {
      date_naissance: { ETERNITY: `${2026 - age}-0${1 + Math.floor(rnd() * 9)}-15` },
      statut_marital: same(couple ? pick(['marie', 'pacse', 'celibataire']) : 'celibataire'),
    };
    if (age >= 64 && kind < 0.8) {
      const net = 150 + rnd() * 1800;
      vars.activite = same('retraite');
      vars.retraite_nette = amount(net);
      vars.retraite_imposable = amount(net);
      vars.retraite_brute = amount(net);
    } else if (kind < 0.55) {
      const net = 300 + rnd() * 2500;
      vars.activite = same('actif');
      vars.salaire_net = amount(net);
      vars.salaire_imposable = amount(net * 1.036);
      vars.salaire_de_base = amount(net * 1.2633);
    } else if (kind < 0.7) {
      const net = 500 + rnd() * 1000;
      vars.activite = same('chomeur');
      vars.chomage_net = amount(net);
      vars.chomage_imposable = amount(net);
      vars.chomage_brut = amount(net);
      vars.date_debut_chomage = { ETERNITY: '2025-09-01' };
    } else {
      vars.activite = same('inactif');
      if (rnd() < 0.2) {
        vars.handicap = same(true);
        vars.taux_incapacite = same(0.8);
      }
    }
    return vars;
  };

  return {
    next(index: number): string {
      const couple = rnd() < 0.45;
      const age = 20 + Math.floor(rnd() * 65);
      const individus: Record<string, Record<string, unknown>> = {
        demandeur: adult(age, couple),
      };
      const parents = ['demandeur'];
      if (couple) {
        individus.conjoint = adult(Math.max(20, age + Math.floor(rnd() * 10) - 5), true);
        parents.push('conjoint');
      }
      const enfants: string[] = [];
      const nChildren = age < 60 ? Math.floor(rnd() * rnd() * 5) : 0;
      for (let k = 0; k < nChildren; k++) {
        const id = `enfant${k + 1}`;
        individus[id] = {
          date_naissance: {
            ETERNITY: `${2026 - Math.floor(rnd() * 19)}-0${1 + Math.floor(rnd() * 9)}-10`,
          },
        };
        enfants.push(id);
      }
      if (!couple && enfants.length > 0 && rnd() < 0.5)
        individus.demandeur!.pensions_alimentaires_percues = amount(100 + rnd() * 300);
      const housing = pick(HOUSING);
      const menage: Record<string, unknown> = {
        personne_de_reference: ['demandeur'],
        ...(couple ? { conjoint: ['conjoint'] } : {}),
        enfants,
        depcom: same(pick(COMMUNES)),
        statut_occupation_logement: same(housing),
      };
      if (housing.startsWith('locataire')) menage.loyer = amount(250 + rnd() * 700);
      return JSON.stringify({
        id: `bench-${index}`,
        period: '2026-06',
        situation: {
          individus,
          familles: { famille_1: { parents, enfants } },
          foyers_fiscaux: { foyer_fiscal_1: { declarants: parents, personnes_a_charge: enfants } },
          menages: { menage_1: menage },
        },
      });
    },
  };
}
