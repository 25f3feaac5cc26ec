import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A commune of the official geographic code (COG), as @etalab/decoupage-administratif lists it. */
export interface Commune {
  inseeCode: string;
  name: string;
}

interface CommuneRecord {
  code: string;
  nom: string;
  type: string;
}

let communes: Map<string, Commune> | undefined;

// The package's own entry point reads its JSON relative to the working directory, so the file is
// resolved and read here. Only current communes and municipal arrondissements (Paris, Lyon,
// Marseille) are kept: delegated and associated communes share codes and no longer exist as such.
function loadCommunes(): Map<string, Commune> {
  const file = createRequire(import.meta.url).resolve(
    '@etalab/decoupage-administratif/data/communes.json',
  );
  const records = JSON.parse(readFileSync(file, 'utf8')) as CommuneRecord[];
  const byCode = new Map<string, Commune>();
  for (const record of records) {
    if (record.type === 'commune-actuelle' || record.type === 'arrondissement-municipal') {
      byCode.set(record.code, { inseeCode: record.code, name: record.nom });
    }
  }
  return byCode;
}

/** The current commune with this INSEE code, or undefined when no such commune exists. */
export function findCommune(inseeCode: string): Commune | undefined {
  communes ??= loadCommunes();
  return communes.get(inseeCode);
}
