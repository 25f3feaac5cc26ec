import { zoneRuns } from '../parameters/zones-apl.ts';

let zoneByCommune: Map<string, number> | undefined;

function decode(): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of zoneRuns) {
    for (const token of line.split(' ')) {
      const first = token.slice(0, 5);
      const zone = Number(token[5]);
      const length = parseInt(token.slice(6), 16);
      const department = first.slice(0, 2);
      const start = Number(first.slice(2));
      for (let k = 0; k < length; k++) {
        map.set(department + String(start + k).padStart(3, '0'), zone);
      }
    }
  }
  return map;
}

/**
 * Housing-aid zone (1, 2 or 3) of a commune from its INSEE code. A code absent from the
 * zonage (a commune created since) falls in zone 2, as OpenFisca-France does.
 */
export function zoneOfCommune(inseeCode: string): 1 | 2 | 3 {
  zoneByCommune ??= decode();
  const zone = zoneByCommune.get(inseeCode);
  return zone === 1 || zone === 3 ? zone : 2;
}

/** True when the INSEE code appears in the zonage table. */
export function isKnownCommune(inseeCode: string): boolean {
  zoneByCommune ??= decode();
  return zoneByCommune.has(inseeCode);
}
