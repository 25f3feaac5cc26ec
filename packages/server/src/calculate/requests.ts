import { parseMonth } from '@znr/rules';
import type { CalculateBody } from './schema.ts';

/** Entity and period kind of each variable `/api/calculate` computes, as in OpenFisca-France. */
export const OUTPUT_ENTITIES: Record<string, { kind: keyof CalculateBody; yearly: boolean }> = {
  rsa: { kind: 'familles', yearly: false },
  ppa: { kind: 'familles', yearly: false },
  aide_logement: { kind: 'familles', yearly: false },
  aide_logement_type: { kind: 'familles', yearly: false },
  apl: { kind: 'familles', yearly: false },
  als: { kind: 'familles', yearly: false },
  alf: { kind: 'familles', yearly: false },
  af: { kind: 'familles', yearly: false },
  cf: { kind: 'familles', yearly: false },
  asf: { kind: 'familles', yearly: false },
  paje_base: { kind: 'familles', yearly: false },
  aspa: { kind: 'familles', yearly: false },
  css: { kind: 'familles', yearly: false },
  cmu_c: { kind: 'familles', yearly: false },
  css_participation_forfaitaire: { kind: 'familles', yearly: false },
  ars: { kind: 'familles', yearly: true },
  aah: { kind: 'individus', yearly: false },
  asi: { kind: 'individus', yearly: false },
  cheque_energie: { kind: 'menages', yearly: true },
};

/** A yearly variable is computed from the situation of June of its year. */
export const monthOfYearlyRequest = (year: string): string => `${year}-06`;

/** One value to compute: where it goes in the answer and the month it is computed for. */
export interface Request {
  kind: keyof CalculateBody;
  id: string;
  name: string;
  period: string;
  month: string;
}

export interface Issue {
  field: string;
  message: string;
}

const KIND_NAMES: Record<string, string> = {
  familles: 'une famille',
  individus: 'un individu',
  menages: 'un ménage',
};

/** Every requested value of the body (`null` for a period), and the problems found, in French. */
export function requests(body: CalculateBody): { wanted: Request[]; issues: Issue[] } {
  const wanted: Request[] = [];
  const issues: Issue[] = [];
  for (const [kind, entities] of Object.entries(body) as [keyof CalculateBody, unknown][]) {
    for (const [id, variables] of Object.entries((entities ?? {}) as Record<string, object>)) {
      for (const [name, series] of Object.entries(variables) as [string, unknown][]) {
        const output = OUTPUT_ENTITIES[name];
        if (!output) continue;
        const field = `${kind}.${id}.${name}`;
        if (kind !== output.kind) {
          issues.push({
            field,
            message: `${name} se calcule pour ${KIND_NAMES[output.kind]}, pas dans « ${kind} »`,
          });
          continue;
        }
        if (typeof series !== 'object' || series === null) {
          issues.push({ field, message: 'objet {période: null} attendu' });
          continue;
        }
        for (const period of Object.keys(series)) {
          if (output.yearly) {
            if (/^\d{4}$/.test(period))
              wanted.push({ kind, id, name, period, month: monthOfYearlyRequest(period) });
            else
              issues.push({
                field: `${field}[${period}]`,
                message: 'période AAAA attendue (calcul annuel)',
              });
            continue;
          }
          try {
            parseMonth(period);
            wanted.push({ kind, id, name, period, month: period });
          } catch {
            issues.push({
              field: `${field}[${period}]`,
              message: 'période AAAA-MM attendue (calcul mensuel)',
            });
          }
        }
      }
    }
  }
  return { wanted, issues };
}
