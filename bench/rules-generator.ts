// Generates varied households directly as columns of @znr/rules, without JSON, for the benchmark.
import {
  Activite,
  allocatePopulation,
  YEARLY_SLOTS,
  Housing,
  MONTHLY_RESOURCES,
  parseMonth,
  WINDOW,
  type ColumnPool,
  type Population,
} from '@znr/rules';

/** Small, fast, seeded PRNG (mulberry32) so every run sees the same households. */
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

const HOUSING = [
  Housing.locataire_hlm,
  Housing.locataire_vide,
  Housing.locataire_meuble,
  Housing.proprietaire,
  Housing.loge_gratuitement,
];

/**
 * `n` households for month `period`: one or two adults of 18 to 80, zero to four children, pay,
 * unemployment benefit, pensions, alimony and disability drawn at random, every housing status and
 * zone. Amounts are constant over the months, as in the oracle. With a `pool`, the population
 * reuses the memory of the previous one generated with it.
 */
export function generatePopulation(
  n: number,
  period: string,
  seed: number,
  pool?: ColumnPool,
): Population {
  const rnd = random(seed);
  const sizes = new Uint8Array(n);
  const parentsOf = new Uint8Array(n);
  let persons = 0;
  for (let f = 0; f < n; f++) {
    parentsOf[f] = rnd() < 0.45 ? 2 : 1;
    const children = rnd() < 0.45 ? 0 : 1 + Math.floor(rnd() * 4);
    sizes[f] = parentsOf[f]! + children;
    persons += sizes[f]!;
  }
  const month = parseMonth(period);
  const year = Math.floor(month / 12);
  pool?.reset();
  const pop = allocatePopulation(month, n, persons, pool);
  const monthlyValue = new Float64Array(MONTHLY_RESOURCES.length);
  let i = 0;
  for (let f = 0; f < n; f++) {
    pop.firstPerson[f] = i;
    pop.personCount[f] = sizes[f]!;
    pop.zone[f] = 1 + Math.floor(rnd() * 3);
    pop.housing[f] = HOUSING[Math.floor(rnd() * HOUSING.length)]!;
    pop.rent[f] = pop.housing[f]! <= Housing.locataire_meuble ? 250 + Math.floor(rnd() * 900) : 0;
    for (let p = 0; p < sizes[f]!; p++, i++) {
      const parent = p < parentsOf[f]!;
      pop.famille[i] = f;
      pop.role[i] = p === 0 ? 0 : parent ? 1 : 2;
      const age = parent ? 18 + Math.floor(rnd() * 62) : Math.floor(rnd() * 22);
      pop.birthYear[i] = year - age;
      pop.birthMonth[i] = 1 + Math.floor(rnd() * 12);
      pop.birthDay[i] = 1 + Math.floor(rnd() * 28);
      const draw = rnd();
      const retired = parent && age >= 62;
      pop.activite[i] = !parent
        ? age >= 18 && draw < 0.2
          ? Activite.etudiant
          : Activite.inactif
        : retired
          ? Activite.retraite
          : draw < 0.55
            ? Activite.actif
            : draw < 0.8
              ? Activite.chomeur
              : Activite.inactif;
      pop.marital[i] = parent && parentsOf[f] === 2 && rnd() < 0.5 ? 1 : 0;
      const disabled = parent && rnd() < 0.08;
      pop.handicap[i] = disabled ? 1 : 0;
      pop.incapacity[i] = disabled ? 0.5 + Math.floor(rnd() * 5) / 10 : 0;
      pop.rsdae[i] = disabled && rnd() < 0.5 ? 1 : 0;
      pop.unemploymentStart[i] =
        pop.activite[i] === Activite.chomeur ? 19_000 + Math.floor(rnd() * 1500) : Number.NaN;
      monthlyValue.fill(0);
      const working = pop.activite[i] === Activite.actif || (!parent && age >= 16 && rnd() < 0.1);
      if (working) {
        const net = Math.round(1450 * (0.1 + rnd() * 2.2) * 100) / 100;
        monthlyValue[0] = net; // salaireNet
        monthlyValue[1] = net * 1.036; // salaireImposable
        monthlyValue[2] = net * 1.28; // salaireDeBase
      }
      if (pop.activite[i] === Activite.chomeur && rnd() < 0.6) {
        const are = 400 + rnd() * 1200;
        monthlyValue[3] = are;
        monthlyValue[4] = are * 1.03;
      }
      if (retired) {
        const pension = 300 + rnd() * 1800;
        monthlyValue[5] = pension;
        monthlyValue[6] = pension * 1.07;
        monthlyValue[7] = pension * 1.1;
      }
      if (disabled && rnd() < 0.3) monthlyValue[8] = 300 + rnd() * 600;
      if (parent && parentsOf[f] === 1 && sizes[f]! > 1 && rnd() < 0.3)
        monthlyValue[9] = 100 + rnd() * 300;
      MONTHLY_RESOURCES.forEach((r, k) => {
        const column = pop.monthly[r];
        const value = monthlyValue[k]!;
        if (value !== 0) for (let w = 0; w < WINDOW; w++) column[w * persons + i] = value;
      });
      const yearly = (name: keyof Population['yearly'], value: number): void => {
        if (value !== 0)
          for (let k = 0; k < YEARLY_SLOTS; k++) pop.yearly[name][k * persons + i] = 12 * value;
      };
      yearly('salaireImposableRolling', monthlyValue[1]!);
      yearly('chomageImposableRolling', monthlyValue[4]!);
      yearly('retraiteImposableRolling', monthlyValue[6]!);
      yearly('pensionsAlimentairesN1', monthlyValue[9]!);
      yearly('pensionsInvaliditeN2', monthlyValue[8]!);
      yearly('salaireImposableN2', monthlyValue[1]!);
      yearly('chomageImposableN2', monthlyValue[4]!);
      yearly('retraiteImposableN2', monthlyValue[6]!);
      yearly('pensionsAlimentairesN2', monthlyValue[9]!);
    }
  }
  return pop;
}
