import { describe, expect, it } from 'vitest';
import { cssParameters } from '../src/benefits/css/css-parameters.ts';
import { entryAt, withParameterSet } from '../src/parameters.ts';
import { parseMonth } from '../src/periods.ts';
import { PARAMETERS_VERSIONS } from '../src/version.ts';

// The law of the day (`loi`) and the overlay reproducing OpenFisca-France 176.0.7
// (`openfisca-176`) differ where the reference was not revalued: the CSS ceiling of 1 April 2025.
// The oracle households near that ceiling are checked in packages/cli/test/simulate-parameters.test.ts.
describe('parameter sets', () => {
  it('reads the CSS ceiling of 1 April 2025 under the law, of 1 April 2024 under the overlay', () => {
    const june = parseMonth('2026-06');
    expect(entryAt(cssParameters.plafondBase, june).value).toBe(10339);
    expect(
      withParameterSet('openfisca-176', () => entryAt(cssParameters.plafondBase, june)),
    ).toMatchObject({ from: '2024-04-01', value: 10166 });
    // Back to the law after the overlay's computation.
    expect(entryAt(cssParameters.plafondBase, june).value).toBe(10339);
  });

  it('gives each set its own parameter version', () => {
    expect(PARAMETERS_VERSIONS['openfisca-176']).not.toBe(PARAMETERS_VERSIONS.loi);
    expect(PARAMETERS_VERSIONS['openfisca-176']).toMatch(/openfisca-176$/);
  });
});
