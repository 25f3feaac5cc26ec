import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, PARAMETERS_VERSION } from './version.ts';

describe('versions of a bilan', () => {
  it('names the engine by the version of @znr/rules', () => {
    expect(ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('names the parameters by their latest date and a fingerprint', () => {
    expect(PARAMETERS_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  });
});
