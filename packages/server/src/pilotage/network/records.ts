import type { Selectable } from 'kysely';
import type { NetworkServiceTable, NetworkStructureTable } from '../tables.ts';
import {
  serviceExtraFields,
  structureExtraFields,
  type DiService,
  type DiStructure,
} from './data-inclusion.ts';
import { directorySearchKey } from './need-search.ts';

// Between the data·inclusion records (what the API and the files carry) and the table rows.

type StructureRow = Selectable<NetworkStructureTable>;
type ServiceRow = Selectable<NetworkServiceTable>;

function pick(record: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((f) => record[f] != null).map((f) => [f, record[f]]));
}

const place = (record: DiStructure | DiService) => ({
  di_id: record.id,
  source: record.source,
  nom: record.nom,
  date_maj: record.date_maj,
  commune: record.commune ?? null,
  code_postal: record.code_postal ?? null,
  code_insee: record.code_insee ?? null,
  adresse: record.adresse ?? null,
  complement_adresse: record.complement_adresse ?? null,
  longitude: record.longitude ?? null,
  latitude: record.latitude ?? null,
  telephone: record.telephone ?? null,
  courriel: record.courriel ?? null,
  horaires_accueil: record.horaires_accueil ?? null,
  thematiques: record.thematiques,
});

/** The columns of a structure row. */
export function structureColumns(record: DiStructure) {
  return {
    ...place(record),
    siret: record.siret ?? null,
    site_web: record.site_web ?? null,
    description: record.description ?? null,
    reseaux_porteurs: record.reseaux_porteurs,
    typologie: record.typologie ?? null,
    extra: JSON.stringify(pick(record, structureExtraFields)),
    search_key: directorySearchKey({
      texts: [record.nom, record.description, record.commune, record.typologie],
      thematiques: record.thematiques,
      reseaux: record.reseaux_porteurs,
    }),
  };
}

/** The columns of a service row; the structure's name is searched with it. */
export function serviceColumns(record: DiService, structureName: string) {
  return {
    ...place(record),
    description: record.description,
    type: record.type ?? null,
    frais: record.frais ?? null,
    frais_precisions: record.frais_precisions ?? null,
    publics: record.publics,
    publics_precisions: record.publics_precisions ?? null,
    conditions_acces: record.conditions_acces ?? null,
    contact_nom_prenom: record.contact_nom_prenom ?? null,
    modes_accueil: record.modes_accueil,
    zone_eligibilite: record.zone_eligibilite,
    lien_mobilisation: record.lien_mobilisation ?? null,
    modes_mobilisation: record.modes_mobilisation,
    mobilisable_par: record.mobilisable_par,
    mobilisation_precisions: record.mobilisation_precisions ?? null,
    extra: JSON.stringify(pick(record, serviceExtraFields)),
    search_key: directorySearchKey({
      texts: [record.nom, record.description, structureName, record.type, record.commune],
      thematiques: record.thematiques,
    }),
  };
}

/** Drops the null and empty fields, as data·inclusion files do. */
function compact<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) => value != null && !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;
}

const placeRecord = (row: StructureRow | ServiceRow) => ({
  source: row.source,
  id: row.di_id,
  nom: row.nom,
  date_maj: row.date_maj,
  commune: row.commune,
  code_postal: row.code_postal,
  code_insee: row.code_insee,
  adresse: row.adresse,
  complement_adresse: row.complement_adresse,
  longitude: row.longitude,
  latitude: row.latitude,
  telephone: row.telephone,
  courriel: row.courriel,
  horaires_accueil: row.horaires_accueil,
  thematiques: row.thematiques,
});

/** A structure row as a data·inclusion record. */
export function structureRecord(row: StructureRow): DiStructure {
  return compact({
    ...placeRecord(row),
    ...row.extra,
    description: row.description,
    siret: row.siret,
    site_web: row.site_web,
    reseaux_porteurs: row.reseaux_porteurs,
    typologie: row.typologie,
  });
}

/** A service row as a data·inclusion record, `structure_id` being its structure's schema id. */
export function serviceRecord(row: ServiceRow, structureDiId: string): DiService {
  return compact({
    ...placeRecord(row),
    ...row.extra,
    structure_id: structureDiId,
    description: row.description,
    type: row.type,
    frais: row.frais,
    frais_precisions: row.frais_precisions,
    publics: row.publics,
    publics_precisions: row.publics_precisions,
    conditions_acces: row.conditions_acces,
    contact_nom_prenom: row.contact_nom_prenom,
    modes_accueil: row.modes_accueil,
    zone_eligibilite: row.zone_eligibilite,
    lien_mobilisation: row.lien_mobilisation,
    modes_mobilisation: row.modes_mobilisation,
    mobilisable_par: row.mobilisable_par,
    mobilisation_precisions: row.mobilisation_precisions,
  }) as DiService;
}
