import type { Draw } from './noise.ts';
import type { Home } from './person.ts';
import { cafKey, type VisibleSet } from './visible-set.ts';

// How each file writes a person: the CAF in postal upper case with ISO dates, the landlord in
// mixed case with accents, French dates and free-form addresses (as learnt from the visible set).

/** What one file says about a person, before formatting. */
export interface View {
  surname: string;
  birthName: string;
  /** Given names written, CAF style. */
  given: string[];
  sex: 'M' | 'F' | '';
  /** 0: no date. */
  year: number;
  month: number;
  day: number;
  home: Home;
  postcode: string;
  phone: string;
  email: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const STREET_TYPES: Record<string, string> = {
  RUE: 'rue',
  AV: 'avenue',
  AVENUE: 'avenue',
  BD: 'boulevard',
  BOULEVARD: 'boulevard',
  ALL: 'allée',
  ALLEE: 'allée',
  IMP: 'impasse',
  IMPASSE: 'impasse',
  PL: 'place',
  PLACE: 'place',
  CHE: 'chemin',
  CHEMIN: 'chemin',
  SQ: 'square',
  SQUARE: 'square',
  RES: 'résidence',
  RESIDENCE: 'résidence',
  QUAI: 'quai',
  CITE: 'cité',
  PASS: 'passage',
  PASSAGE: 'passage',
};

/** Title case of a CAF-style text (`SAINT DENIS` → `Saint Denis`). */
function title(text: string): string {
  return text.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (m) => m.toUpperCase());
}

export class Renderer {
  constructor(
    private readonly v: VisibleSet,
    private readonly d: Draw,
  ) {}

  /** A CAF-style name as the landlord types it: accents and capitals when seen in the visible set. */
  typed(name: string): string {
    const whole = this.v.typedForms.get(cafKey(name));
    if (whole) return this.d.pick(whole);
    return name
      .split(/([ -])/)
      .map((part) => {
        const forms = this.v.typedForms.get(part);
        return forms ? this.d.pick(forms) : /^[ -]$/.test(part) ? part : title(part);
      })
      .join('');
  }

  cafRow(
    view: View,
    household: string,
    role: string,
    extra: { children: string; benefits: string },
  ) {
    const h = view.home;
    const complement = this.d.pick([
      ...Array<string>(11).fill(''),
      `APPT ${h.floor * 100 + h.door}`,
      `APPT ${h.door}`,
      `ETG ${h.floor}`,
      `ETG ${h.floor} APPT ${h.door}`,
      `BAT ${h.building}`,
      `BAT ${h.building} ESC ${h.stair} APPT ${h.floor * 100 + h.door}`,
      `RES ${h.residence}`,
      `BAT ${h.building} APPT ${h.floor * 100 + h.door}`,
    ]);
    const multiple = view.given.length > 1 && this.d.chance(0.15) ? ', ' : ' ';
    return {
      num_allocataire: household,
      role,
      nom: view.surname,
      prenom: view.given.join(multiple),
      nom_naissance: view.birthName,
      sexe: view.sex,
      date_naissance: view.year ? `${view.year}-${pad(view.month)}-${pad(view.day)}` : '',
      adresse_numero: `${h.number}${h.suffix ? ` ${h.suffix}` : ''}`,
      adresse_voie: h.street,
      adresse_complement: complement,
      code_postal: view.postcode,
      commune: h.commune,
      telephone:
        view.phone && this.d.chance(0.4) ? view.phone.replace(/(\d\d)(?=\d)/g, '$1 ') : view.phone,
      email: view.email,
      nb_enfants: extra.children,
      prestations: extra.benefits,
    };
  }

  /** Name style of a landlord's row: title case mostly, sometimes all upper or all lower case. */
  caseStyle(): (text: string) => string {
    const r = this.d.random();
    if (r < 0.745) return (text) => text;
    if (r < 0.965) return (text) => text.toUpperCase();
    return (text) => text.toLowerCase();
  }

  street(h: Home): string {
    const forms = this.v.streetForms.get(h.street);
    if (forms) return this.d.pick(forms);
    const [type = '', ...rest] = h.street.split(' ');
    const word = STREET_TYPES[type];
    return word ? `${word} ${title(rest.join(' '))}` : title(h.street);
  }

  bailleurAddress(h: Home): { number: string; street: string; complement: string } {
    const suffix = {
      '': [''],
      B: [' bis', 'bis', ' B'],
      T: ['ter', ' ter', ' T'],
      A: [' A'],
    }[h.suffix];
    const number = `${h.number}${this.d.pick(suffix)}`;
    const street = this.street(h);
    const fd = h.floor * 100 + h.door;
    const floor = h.floor === 0 ? 'RDC' : h.floor === 1 ? '1er étage' : `${h.floor}e étage`;
    const complement = this.d.pick([
      '',
      `Apt ${h.floor === 0 ? h.door : fd} ${floor}`,
      `Logement n°${fd}`,
      `Bât. ${h.building} - Esc. ${h.stair} - Logt ${pad(fd, 4)}`,
      `Bâtiment ${h.building}, ${floor}, porte ${fd}`,
      `Appt ${fd} Bât ${h.building}`,
      `Apt ${h.door} - Bât ${h.building}`,
      `Appt ${fd}`,
      `Résidence ${this.typed(h.residence)} - Bât ${h.building}`,
    ]);
    // About one row in twenty has the number typed in the street.
    if (this.d.chance(0.05))
      return {
        number: '',
        street: `${number}${this.d.chance(0.5) ? ',' : ''} ${street}`,
        complement,
      };
    return { number, street, complement };
  }

  commune(h: Home): string {
    const forms = this.v.communeForms.get(h.commune);
    return forms ? this.d.pick(forms) : title(h.commune).replace(/ /g, '-');
  }

  phone(phone: string): string {
    if (!phone) return '';
    const pairs = phone.match(/\d\d/g) ?? [];
    const r = this.d.random();
    if (r < 0.5) return pairs.join(' ');
    if (r < 0.67) return phone;
    if (r < 0.84) return `+33 ${phone.slice(1, 2)} ${pairs.slice(1).join(' ')}`;
    return pairs.join('.');
  }

  date(view: View): string {
    return view.year ? `${pad(view.day)}/${pad(view.month)}/${view.year}` : '';
  }

  entryDate(): string {
    return `${this.d.int(1995, 2025)}-${pad(this.d.int(1, 12))}-${pad(this.d.int(1, 28))}`;
  }

  rent(): string {
    return (this.d.int(25000, 95000) / 100).toFixed(2);
  }
}
