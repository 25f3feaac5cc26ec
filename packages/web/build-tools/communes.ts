// Vite plugin: the virtual module `virtual:znr-communes`, the list of current French communes
// (INSEE code, name, postal codes) taken from @etalab/decoupage-administratif at build time, so
// that the questionnaire finds a commune by its name or postal code without network. One line per
// commune, `code|name|postal codes`: about 0.9 MB, loaded only when the question is shown.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const ID = 'virtual:znr-communes';
const RESOLVED = `\0${ID}`;

type CommuneRecord = { code: string; nom: string; type: string; codesPostaux?: string[] };

/** The communes as `code|name|postal codes` lines, current communes only. */
export function communeLines(records: readonly CommuneRecord[]): string {
  return records
    .filter((record) => record.type === 'commune-actuelle')
    .map((record) => `${record.code}|${record.nom}|${(record.codesPostaux ?? []).join(' ')}`)
    .join('\n');
}

export function communes(): Plugin {
  return {
    name: 'znr-communes',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const file = createRequire(import.meta.url).resolve(
        '@etalab/decoupage-administratif/data/communes.json',
      );
      const records = JSON.parse(readFileSync(file, 'utf8')) as CommuneRecord[];
      return `export default ${JSON.stringify(communeLines(records))};`;
    },
  };
}
