// A held-out linkage set "of the same kind" as ../shared/linkage (CAF × bailleur), of any size:
// same columns, formats and kinds of noise, drawn from the visible set's distributions (names,
// given names, birth years, streets, how the landlord writes them) with the joint distribution of
// its true pairs' noise (each new true pair copies the `corruptions` of a random visible one).
// Rare surnames are new (pieces of two visible ones), so a set ten times larger does not repeat
// them ten times. Then: node ../shared/checks/linkage-check.mjs OUT_DIR
// Usage: npm run bench:linkage-heldout -- OUT_DIR [200000x50000] [SEED] [VISIBLE_DIR]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from '@znr/linkage';
import { writeCsv } from './heldout/csv-out.ts';
import { draws, glueParticle, typo, variant } from './heldout/noise.ts';
import { People, type Person } from './heldout/person.ts';
import { Renderer, type View } from './heldout/render.ts';
import { learnVisibleSet } from './heldout/visible-set.ts';

const out = resolve(process.argv[2] ?? 'heldout-linkage');
const [cafSize = 200000, bailleurSize = 50000] = (process.argv[3] ?? '200000x50000')
  .split('x')
  .map(Number);
const seed = Number(process.argv[4] ?? 7);
const visibleDir = resolve(process.argv[5] ?? join(import.meta.dirname, '../../shared/linkage'));

const v = await learnVisibleSet(visibleDir);
const d = draws(seededRandom(seed));
const people = new People(v, d);
const render = new Renderer(v, d);

interface CafEntry {
  person: Person;
  view: View;
  household: string;
  role: string;
}
const caf: CafEntry[] = [];
const bailleur: Array<{
  row: Record<string, string>;
  contract: string;
  truth?: [CafEntry, string];
}> = [];
let households = 0;
let contracts = 0;

function baseView(p: Person): View {
  return {
    surname: p.surname,
    birthName: p.birthName !== p.surname ? p.birthName : '',
    given: [p.given[p.usual] ?? ''],
    sex: p.sex,
    year: p.year,
    month: p.month,
    day: p.day,
    home: p.home,
    postcode: p.home.postcode,
    phone: p.phone,
    email: p.email,
  };
}

/** The CAF's view of a person: all given names at times, birth name often, phone half the time. */
function cafView(p: Person, tags: readonly string[]): View {
  const view = baseView(p);
  view.given = tags.includes('prenoms_multiples@c') ? [...p.given] : [p.given[0] ?? ''];
  if (view.birthName === '' && d.chance(0.35)) view.birthName = p.surname;
  if (!d.chance(0.47)) view.phone = '';
  if (!d.chance(0.42)) view.email = '';
  return view;
}

function cafHousehold(principal: Person, spouse?: Person): CafEntry[] {
  const household = String(1000000 + ((households++ * 7919) % 9000000));
  const entries = [principal, spouse].flatMap((person, i) =>
    person
      ? [
          {
            person,
            view: cafView(person, []),
            household,
            role: i === 0 ? 'ALLOCATAIRE' : 'CONJOINT',
          },
        ]
      : [],
  );
  caf.push(...entries);
  return entries;
}

/** A spouse at the same door: she takes his name (her birth name kept), or keeps hers. */
function spouseOf(p: Person, needs: readonly string[] = []): Person {
  const spouse = people.person(p.sex === 'M' ? 'F' : 'M', needs);
  spouse.home = p.home;
  spouse.year = Math.min(2007, Math.max(1916, p.year + d.int(-6, 6)));
  if (d.chance(0.3)) spouse.phone = p.phone;
  const married = needs.some((tag) => tag.startsWith('nom=')) || d.chance(0.6);
  if (married) {
    const wife = spouse.sex === 'F' ? spouse : p;
    const husband = wife === spouse ? p : spouse;
    if (wife.birthName === wife.surname) wife.birthName = wife.surname;
    wife.surname = husband.surname;
    if (wife.birthName === wife.surname) wife.birthName = people.surname();
  }
  return spouse;
}

/** Applies a visible true pair's noise to the two views of a person. */
function corrupt(p: Person, tags: readonly string[], c: View, b: View): void {
  const side = (tag: string) => (tag.endsWith('@c') ? c : b);
  for (const tag of tags) {
    const [kind = ''] = tag.split('@');
    const view = side(tag);
    switch (kind) {
      case 'nom=naissance':
        view.surname = p.birthName;
        if (view === c) c.birthName = p.birthName;
        break;
      case 'nom=usage+naissance':
        b.surname = `${p.surname}-${p.birthName}`;
        break;
      case 'nom_tronque':
        b.surname = p.surname.split(/[ -]/)[0] ?? p.surname;
        break;
      case 'nom_compose_partiel':
        b.surname = p.surname.split(/[ -]/).pop() ?? p.surname;
        break;
      case 'particule_collee':
        view.surname = glueParticle(view.surname);
        break;
      case 'nom_variante':
        view.surname = variant(view.surname, d);
        break;
      case 'prenom_variante':
        view.given = [variant(view.given[0] ?? '', d), ...view.given.slice(1)];
        break;
      case 'prenom_usuel_different':
        c.given = tags.includes('prenoms_multiples@c') ? c.given : [p.given[0] ?? ''];
        b.given = [p.given[p.usual] ?? ''];
        break;
      case 'prenom_compose_tronque': {
        const parts = (p.given[p.usual] ?? '').split('-');
        b.given = [(d.chance(0.8) ? parts[0] : parts[1]) ?? ''];
        break;
      }
      case 'prenom_initiale':
        b.given = [`${(b.given[0] ?? 'X').slice(0, 1)}.`];
        break;
      case 'prenom_manquant':
        b.given = [''];
        break;
      case 'sexe_errone':
        b.sex = p.sex === 'M' ? 'F' : 'M';
        break;
      case 'ddn_manquante':
        b.year = 0;
        break;
      case 'ddn_jour_mois_inverses':
        [view.day, view.month] = [view.month, view.day];
        break;
      case 'ddn_annee':
        view.year += d.chance(0.5) ? 1 : -1;
        break;
      case 'ddn_typo':
        dateTypo(view);
        break;
      case 'adresse_caf_perimee':
        c.home = people.home();
        c.postcode = c.home.postcode;
        break;
      case 'cp_typo':
        view.postcode = view.postcode.slice(0, 2) + typoDigits(view.postcode.slice(2));
        break;
      case 'tel_different':
        c.phone = people.phone();
        if (!b.phone) b.phone = p.phone;
        break;
      case 'nom_prenom_inverses':
        [view.surname, view.given] = [view.given.join(' '), [view.surname]];
        break;
      default:
      // Typing errors and missing accents are applied to the written text (see bailleurRow).
    }
  }
}

function typoDigits(digits: string): string {
  const at = d.int(0, digits.length - 1);
  return (
    digits.slice(0, at) + String((Number(digits[at]) + d.int(1, 9)) % 10) + digits.slice(at + 1)
  );
}

/** One wrong digit of the day or of the year, as clerks type them. */
function dateTypo(view: View): void {
  if (!view.year) return;
  if (d.chance(0.5)) {
    const day = Math.floor(view.day / 10) * 10 + d.int(0, 9);
    view.day = day >= 1 && day <= 28 ? day : view.day === 1 ? 3 : 1;
  } else {
    const year = view.year + d.pick([-20, -10, -2, -1, 1, 2, 10, 20]);
    view.year = Math.min(2008, Math.max(1915, year));
  }
}

function bailleurRow(
  view: View,
  tags: readonly string[],
  contract: string,
): Record<string, string> {
  const style = render.caseStyle();
  const noAccents = (text: string) =>
    tags.includes('sans_accents@b') ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  let nom = style(noAccents(render.typed(view.surname)));
  let prenom = style(noAccents(render.typed(view.given[0] ?? '')));
  if (tags.includes('nom_typo@b')) nom = typo(nom, d);
  if (tags.includes('prenom_typo@b')) prenom = typo(prenom, d);
  const address = render.bailleurAddress(view.home);
  if (tags.includes('voie_typo@b')) address.street = typo(address.street, d);
  let email = view.email;
  if (tags.includes('email_typo@b'))
    email = d.chance(0.5) ? email.replace('.', '') : typo(email, d);
  return {
    num_contrat: contract,
    nom,
    prenom,
    nom_naissance:
      view.birthName && d.chance(0.12) ? style(noAccents(render.typed(view.birthName))) : '',
    sexe: d.chance(0.03) ? '' : view.sex === 'M' ? 'H' : view.sex,
    date_naissance: render.date(view),
    adresse_numero: address.number,
    adresse_voie: address.street,
    adresse_complement: address.complement,
    code_postal: view.postcode,
    commune: render.commune(view.home),
    telephone: render.phone(view.phone),
    email,
    date_entree: render.entryDate(),
    loyer_mensuel: render.rent(),
  };
}

/** A person of the CAF file the landlord also knows, with a visible pair's noise. */
function matchedTenant(entry: CafEntry, tags: readonly string[], contract: string): void {
  const p = entry.person;
  entry.view = cafView(p, tags);
  const b = baseView(p);
  b.email = d.chance(0.33) ? (d.chance(0.7) ? p.email : people.email(p)) : '';
  if (!d.chance(0.59)) b.phone = '';
  corrupt(p, tags, entry.view, b);
  if (tags.includes('nom_typo@c')) entry.view.surname = typo(entry.view.surname, d);
  if (tags.includes('prenom_typo@c'))
    entry.view.given = [typo(entry.view.given[0] ?? '', d), ...entry.view.given.slice(1)];
  bailleur.push({ row: bailleurRow(b, tags, contract), contract, truth: [entry, tags.join('|')] });
}

function unmatchedTenant(p: Person, contract: string): void {
  const view = baseView(p);
  if (!d.chance(0.59)) view.phone = '';
  if (!d.chance(0.33)) view.email = '';
  bailleur.push({ row: bailleurRow(view, [], contract), contract });
}

const nextContract = () => `B${String(100000 + ((contracts++ * 7907) % 900000))}`;
const matchedTarget = Math.round(bailleurSize * 0.6);
let matched = 0;
// Households known to both: the principal with a visible pair's noise, the spouse often too.
while (matched < matchedTarget) {
  const tags = d.pick(v.corruptions);
  const principal = people.person(d.chance(0.53) ? 'F' : 'M', tags);
  let spouseTags: string[] | undefined;
  let spouse: Person | undefined;
  if (d.chance(0.35)) {
    spouseTags = d
      .pick(v.corruptions)
      .filter((tag) => !/particule|nom_tronque|nom_compose/.test(tag));
    spouse = spouseOf(principal, spouseTags);
  }
  const [first, second] = cafHousehold(principal, spouse);
  const contract = nextContract();
  matchedTenant(first!, tags, contract);
  matched++;
  if (second && spouseTags && matched < matchedTarget && d.chance(0.85)) {
    matchedTenant(second, spouseTags, contract);
    matched++;
  }
}
// The rest of the CAF file.
while (caf.length < cafSize) {
  const principal = people.person(d.chance(0.53) ? 'F' : 'M');
  cafHousehold(principal, d.chance(0.35) ? spouseOf(principal) : undefined);
}
caf.length = cafSize;
// Tenants the CAF does not know: strangers, couples, and a few relatives of CAF people at their
// door (the hardest negatives: twins, a son with his father's first name).
while (bailleur.length < bailleurSize) {
  const contract = nextContract();
  if (d.chance(0.04)) {
    const relative = d.pick(caf).person;
    const p = people.person(d.chance(0.5) ? 'F' : 'M');
    Object.assign(p, {
      surname: relative.surname,
      birthName: relative.surname,
      home: relative.home,
    });
    const hardness = d.random();
    if (hardness < 0.2)
      Object.assign(p, { year: relative.year, month: relative.month, day: relative.day });
    else if (hardness < 0.35)
      Object.assign(p, {
        sex: relative.sex,
        given: relative.given,
        usual: relative.usual,
        year: relative.year - 25,
      });
    unmatchedTenant(p, contract);
    continue;
  }
  const p = people.person(d.chance(0.53) ? 'F' : 'M');
  unmatchedTenant(p, contract);
  if (bailleur.length < bailleurSize && d.chance(0.3)) unmatchedTenant(spouseOf(p), contract);
}

// Random order, ids carrying no information.
const shuffle = <T>(items: T[]): T[] => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(d.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
};
const cafIds = new Map<CafEntry, string>();
const cafRows = shuffle(caf).map((entry, i) => {
  const id = `C${String(i + 1).padStart(7, '0')}`;
  cafIds.set(entry, id);
  return {
    id_caf: id,
    ...render.cafRow(entry.view, entry.household, entry.role, d.pick(v.benefits)),
  };
});
const truth: Array<Record<string, string>> = [];
const bailleurRows = shuffle(bailleur).map((tenant, i) => {
  const id = `L${String(i + 1).padStart(6, '0')}`;
  if (tenant.truth)
    truth.push({
      id_locataire: id,
      id_caf: cafIds.get(tenant.truth[0]) ?? '',
      corruptions: tenant.truth[1],
    });
  return { id_locataire: id, ...tenant.row };
});
mkdirSync(out, { recursive: true });
await writeCsv(join(out, 'caf.csv'), cafRows);
await writeCsv(join(out, 'bailleur.csv'), bailleurRows);
await writeCsv(join(out, 'truth.csv'), truth);
console.log(`caf_rows: ${cafRows.length}`);
console.log(`bailleur_rows: ${bailleurRows.length}`);
console.log(`true_pairs: ${truth.length}`);
