import { describe, expect, it } from 'vitest';
import { parameterFiles } from '../../parameters/all.ts';
import { engineBenefitIds } from '../benefit-vocabulary.ts';
import { catalogueProblems } from '../catalogue.ts';
import { outputVariables } from '../openfisca/variables.ts';
import { benefitRegistry } from './registry.ts';

// The registry is the only list of benefits: a benefit is one folder here plus one line there.
// What a new benefit needs is exactly what this test asks of each folder.

// The engine runs in the browser too (no Node types here): Vite lists the files, loading none.
declare global {
  interface ImportMeta {
    glob(pattern: string): Record<string, () => Promise<unknown>>;
  }
}
const files = Object.keys(import.meta.glob('./*/*.ts')).map((p) => p.split('/').slice(1));
const folders = [...new Set(files.map(([folder]) => folder!))];
const filesOf = (folder: string) => files.filter(([f]) => f === folder).map(([, name]) => name!);

/**
 * Folders whose benefits are tested only from `test/` (cases, explanations, properties) for
 * now: a new folder brings its own `*.test.ts`, and this list only shrinks.
 */
const testedOnlyFromTestFolder = [
  'ars',
  'cheque-energie',
  'handicap-vieillesse',
  'prestations-familiales',
  'prime-activite',
  'rsa',
];

describe('the benefit registry', () => {
  it('registers every folder of src/benefits, and only those', () => {
    expect(new Set(benefitRegistry.map((b) => b.folder))).toEqual(new Set(folders));
  });

  it('is the vocabulary’s list of engine benefits, in the bilan’s order', () => {
    expect(benefitRegistry.map((b) => b.id)).toEqual([...engineBenefitIds]);
  });

  it('gives each output variable from exactly one benefit', () => {
    const outputs = benefitRegistry.flatMap((b) => b.outputs);
    expect(outputs.length).toBe(new Set(outputs).size);
    expect(new Set(outputs)).toEqual(new Set(outputVariables));
  });

  it.each(benefitRegistry.map((b) => [b.id, b] as const))(
    '%s: catalogue entry, dated and sourced parameters, all in its folder',
    (id, benefit) => {
      expect(benefit.catalogue.id).toBe(id);
      expect(catalogueProblems(benefit.catalogue)).toEqual([]);
      const files = Object.entries(benefit.parameters);
      expect(files.length).toBeGreaterThan(0);
      for (const [file, parameters] of files) {
        expect(parameterFiles[file]).toBe(parameters);
        expect(Object.keys(parameters).length).toBeGreaterThan(0);
        for (const parameter of Object.values(parameters))
          for (const value of parameter.values) {
            expect(value.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(value.source.title.trim().length).toBeGreaterThan(2);
            expect(value.source.url).toMatch(/^https:\/\//);
          }
      }
      const own = filesOf(benefit.folder);
      for (const suffix of ['-benefit.ts', '-parameters.ts', '-catalogue.ts', '-trace.ts'])
        expect(
          own.some((f) => f.endsWith(suffix)),
          `${benefit.folder}/*${suffix}`,
        ).toBe(true);
      expect(own.some((f) => f.endsWith('-reasons.ts'))).toBe(true);
    },
  );

  it('finds the tests of every folder in it, but for the listed ones', () => {
    const untested = folders.filter(
      (folder) => !filesOf(folder).some((f) => f.endsWith('.test.ts')),
    );
    expect(untested.sort()).toEqual(testedOnlyFromTestFolder);
  });
});
