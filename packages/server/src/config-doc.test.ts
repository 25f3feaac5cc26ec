import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, configVariables } from './config.ts';

const doc = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');

/** The rows of the configuration table: first cell (the variable name, in backquotes). */
function documentedVariables(): string[] {
  return [...doc.matchAll(/^\| `([A-Z_]+)` *\|/gm)].map((match) => match[1] ?? '');
}

describe('docs/configuration.md', () => {
  it('documents every variable of the schema, and only those, in its order', () => {
    expect(documentedVariables()).toEqual(configVariables);
  });

  it('gives each variable a French description in the schema', () => {
    for (const name of configVariables) {
      expect(configSchema.shape[name].description, name).toMatch(/^[A-ZÉ].{15,}\.$/);
    }
  });
});
