import { benefitName } from '@znr/rules';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { outreachTypeLabels } from '../pilotage/index.ts';
import { detectionRules } from '../reperage/index.ts';
import type { Dimension } from './definitions.ts';
import { OUTSIDE_ACTIONS } from './people.ts';
import { TOTAL } from './query.ts';

const ruleLabels = new Map<string, string>(detectionRules.map((r) => [r.id, r.title]));
const actionTypeLabels = new Map<string, string>([
  ...Object.entries(outreachTypeLabels),
  [OUTSIDE_ACTIONS, 'Hors action (dossier ouvert)'],
]);

/**
 * A benefit key's long French name; '' is a blockage raised without a benefit (the only key
 * outside @znr/rules' vocabulary the aggregates hold, migration 0024).
 */
function benefitKeyLabel(key: string): string {
  return key === '' ? 'Aide non précisée' : benefitName(key);
}

/** The French label of each key of a breakdown (names of territories and organisations). */
export async function keyLabels(
  trx: Transaction<Database>,
  by: Dimension | null,
  keys: string[],
): Promise<Map<string, string>> {
  const labels = new Map<string, string>([[TOTAL, 'Ensemble']]);
  const ids = keys.filter((k) => /^[0-9a-f-]{36}$/.test(k));
  if (by === 'territory' && ids.length > 0) {
    const rows = await trx
      .selectFrom('territory')
      .select(['id', 'name'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) labels.set(row.id, row.name);
  }
  if (by === 'organisation' && ids.length > 0) {
    const rows = await trx
      .selectFrom('organisation')
      .select(['id', 'name'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) labels.set(row.id, row.name);
  }
  for (const key of keys) {
    if (labels.has(key)) continue;
    if (by === 'benefit') labels.set(key, benefitKeyLabel(key));
    else if (by === 'actionType') labels.set(key, actionTypeLabels.get(key) ?? key);
    else if (by === 'rule') labels.set(key, ruleLabels.get(key) ?? key);
    else labels.set(key, key === '' ? 'Non renseigné' : key);
  }
  return labels;
}
