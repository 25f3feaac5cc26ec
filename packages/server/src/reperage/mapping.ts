import { normaliseHeader, recogniseColumns } from '@znr/linkage';
import { DomainError } from '../http/domain-error.ts';
import { CANONICAL_FIELDS, canonicalField, type CanonicalField } from './fields.ts';
import type { ColumnMapping } from './tables.ts';

// The column mapping of a partner's file: which header feeds which canonical field. Proposed from
// the usual French headers (identity headers through @znr/linkage's recogniseColumns), or from the
// mapping saved for that partner, then checked before an import runs.

const ATTRIBUTE_BY_HEADER = new Map<string, string>(
  CANONICAL_FIELDS.filter((field) => field.kind === 'attribut').flatMap((field) =>
    field.headers.map((header) => [header, field.name] as const),
  ),
);

const FIELD_BY_IDENTITY = new Map(
  CANONICAL_FIELDS.flatMap((field) =>
    field.identity === undefined ? [] : [[field.identity, field.name] as const],
  ),
);

/**
 * Proposes a mapping for a header row: the saved mapping's choice for each header it knows, else
 * the field recognised from the header's usual French name, else null (column ignored). The first
 * column is the record's id in the partner's system and is never mapped.
 */
export function proposeMapping(header: readonly string[], saved?: ColumnMapping): ColumnMapping {
  const identity = recogniseColumns(header);
  const byPosition = new Map<number, string>();
  for (const [column, position] of Object.entries(identity)) {
    const field = FIELD_BY_IDENTITY.get(column as keyof typeof identity);
    if (field !== undefined) byPosition.set(position, field);
  }
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  header.forEach((name, position) => {
    if (position === 0 || name in mapping) return;
    const remembered = saved?.[name];
    const field =
      remembered !== undefined
        ? remembered
        : (byPosition.get(position) ?? ATTRIBUTE_BY_HEADER.get(normaliseHeader(name)) ?? null);
    mapping[name] = field !== null && !taken.has(field) ? field : null;
    if (field !== null) taken.add(field);
  });
  return mapping;
}

/** A checked mapping: the field read at each position of a row. */
export interface MappingPlan {
  readonly header: readonly string[];
  readonly columns: readonly { readonly position: number; readonly field: CanonicalField }[];
}

/**
 * Checks a mapping against a header row and the fields of the agreement, and compiles it. Refuses
 * (DomainError, French message naming the column) a duplicated header, an unknown field, a field
 * fed by two columns, a field the agreement does not share, and a mapping with no name nor date of
 * birth (nobody could be linked).
 */
export function planMapping(
  header: readonly string[],
  mapping: ColumnMapping,
  agreementFields: readonly string[],
): MappingPlan {
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      throw new DomainError(
        'correspondance_invalide',
        `La colonne « ${name} » apparaît deux fois dans l’en-tête : renommez l’une des deux.`,
      );
    }
    seen.add(name);
  }
  const columns: { position: number; field: CanonicalField }[] = [];
  const used = new Map<string, string>();
  header.forEach((name, position) => {
    const fieldName = position === 0 ? null : (mapping[name] ?? null);
    if (fieldName === null) return;
    const field = canonicalField(fieldName);
    if (field === undefined) {
      throw new DomainError(
        'correspondance_invalide',
        `Colonne « ${name} » : le champ « ${fieldName} » n’existe pas dans le catalogue.`,
      );
    }
    const other = used.get(fieldName);
    if (other !== undefined) {
      throw new DomainError(
        'correspondance_invalide',
        `Les colonnes « ${other} » et « ${name} » alimentent toutes deux le champ « ${field.label} » : gardez-en une.`,
      );
    }
    if (!agreementFields.includes(fieldName)) {
      throw new DomainError(
        'champ_hors_convention',
        `Colonne « ${name} » : le champ « ${field.label} » (${fieldName}) n’est pas prévu par la convention. ` +
          'Ignorez cette colonne ou faites modifier la convention : rien n’a été importé.',
      );
    }
    used.set(fieldName, name);
    columns.push({ position, field });
  });
  if (!['nom', 'nom_naissance', 'date_naissance'].some((name) => used.has(name))) {
    throw new DomainError(
      'correspondance_invalide',
      'Aucune colonne de nom ni de date de naissance : les personnes ne pourraient pas être rapprochées.',
    );
  }
  return { header, columns };
}
