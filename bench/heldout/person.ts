import { PARTICLE, type Draw } from './noise.ts';
import type { VisibleSet } from './visible-set.ts';

// Synthetic people drawn from the visible set's distributions, each with what the noise of their
// true pair needs: a birth name for `nom=naissance`, a particle for `particule_collee`, several
// given names for `prenoms_multiples`, a day ≤ 12 for `ddn_jour_mois_inverses`…

export interface Home {
  number: number;
  suffix: '' | 'B' | 'T' | 'A';
  street: string;
  postcode: string;
  commune: string;
  building: string;
  stair: number;
  floor: number;
  door: number;
  residence: string;
}

export interface Person {
  sex: 'M' | 'F';
  /** Given names, CAF style (upper case, no accents). */
  given: string[];
  /** Index of the usual given name (prénom usuel). */
  usual: number;
  surname: string;
  birthName: string;
  year: number;
  month: number;
  day: number;
  home: Home;
  phone: string;
  email: string;
}

/** Draws people, homes, phones and e-mails like the visible set's. */
export class People {
  private readonly rare: string[];
  private readonly particles: string[];

  constructor(
    private readonly v: VisibleSet,
    private readonly d: Draw,
  ) {
    this.rare = [...v.surnameCounts]
      .filter(([name, count]) => count <= 3 && /^[A-Z]{5,}$/.test(name))
      .map(([name]) => name);
    this.particles = v.surnames.filter((name) => PARTICLE.test(name));
  }

  /** A surname: frequent ones as often as in the visible set; rare ones new (two spliced). */
  surname(): string {
    const name = this.d.pick(this.v.surnames);
    if ((this.v.surnameCounts.get(name) ?? 0) > 3 || !/^[A-Z]{5,}$/.test(name)) return name;
    const other = this.d.pick(this.rare);
    return (
      name.slice(0, this.d.int(2, name.length - 2)) + other.slice(this.d.int(2, other.length - 2))
    );
  }

  particleSurname(): string {
    return this.particles.length > 0 ? this.d.pick(this.particles) : `LE ${this.surname()}`;
  }

  compoundSurname(): string {
    return `${this.surname()}${this.d.chance(0.6) ? '-' : ' '}${this.surname()}`;
  }

  givenNames(sex: 'M' | 'F', count: number): string[] {
    const names: string[] = [];
    for (let tries = 0; names.length < count && tries < 50; tries++) {
      const name = this.d.pick(this.v.givenNames[sex]);
      if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  givenCount(): number {
    let r = this.d.random();
    for (const [i, share] of this.v.givenCounts.entries()) {
      if (r < share) return i + 1;
      r -= share;
    }
    return 1;
  }

  home(): Home {
    const address = this.d.pick(this.v.addresses);
    const r = this.d.random();
    return {
      ...address,
      number: this.d.int(1, 230),
      suffix: r < 0.85 ? '' : r < 0.93 ? 'B' : r < 0.97 ? 'T' : 'A',
      building: this.d.pick(['A', 'B', 'C', 'D', 'E', 'F', '1', '2']),
      stair: this.d.int(1, 3),
      floor: Math.floor(this.d.random() ** 1.5 * 15),
      door: this.d.int(1, 8),
      residence: this.v.residences.length > 0 ? this.d.pick(this.v.residences) : 'LES TILLEULS',
    };
  }

  phone(): string {
    return `0${this.d.pick(['6', '7'])}${String(this.d.int(0, 99999999)).padStart(8, '0')}`;
  }

  email(p: Pick<Person, 'given' | 'surname' | 'year'>): string {
    const first = (p.given[0] ?? 'x').toLowerCase().replace(/[^a-z]/g, '');
    const last = p.surname.toLowerCase().replace(/[^a-z]/g, '');
    const yy = String(p.year % 100).padStart(2, '0');
    const local = this.d.pick([
      `${first}.${last}`,
      `${first}${last}`,
      `${last}.${first}`,
      `${first}${this.d.int(1, 999)}`,
      `${first[0] ?? ''}${last}`,
      `${first}.${last}${yy}`,
      `${last}${first}${yy}`,
    ]);
    return `${local}@${this.d.pick(this.v.emailDomains)}`;
  }

  /** A person; `needs` lists the noise their true pair will carry (see the visible truth). */
  person(sex: 'M' | 'F', needs: readonly string[] = []): Person {
    const has = (tag: string) => needs.some((need) => need.startsWith(tag));
    const surname = has('particule_collee')
      ? this.particleSurname()
      : has('nom_tronque') || has('nom_compose_partiel')
        ? this.compoundSurname()
        : this.surname();
    const count = Math.max(
      has('prenoms_multiples') || has('prenom_usuel_different') ? 2 : 1,
      this.givenCount(),
    );
    const given = this.givenNames(sex, count);
    const usual = has('prenom_usuel_different') ? this.d.int(1, given.length - 1) : 0;
    if (has('prenom_compose_tronque')) {
      const [second] = this.givenNames(sex, 1).filter((name) => name !== given[usual]);
      given[usual] = `${given[usual]}-${second ?? 'MARIE'}`;
    }
    const married = has('nom=naissance') || has('nom=usage+naissance');
    const year = this.d.pick(this.v.birthYears);
    const placeholder = this.d.random();
    let [month, day] =
      placeholder < 0.042 ? [1, 1] : placeholder < 0.051 ? [12, 31] : [this.d.int(1, 12), 0];
    if (day === 0) day = has('ddn_jour_mois_inverses') ? this.d.int(1, 12) : this.d.int(1, 28);
    if (has('ddn_jour_mois_inverses') && day === month) month = (month % 12) + 1;
    const partial = { given, surname, year };
    return {
      sex,
      given,
      usual,
      surname,
      birthName: married ? this.surname() : surname,
      year,
      month,
      day,
      home: this.home(),
      phone: this.phone(),
      email: this.email(partial),
    };
  }
}
