import { parameterFiles } from '../parameters/all.ts';
import rulesPackage from '../package.json' with { type: 'json' };
import { PARAMETER_SETS, type ParameterSetName } from './parameters.ts';

// A saved bilan records which engine and which legal parameters computed it, so that "re-run with
// today's law" can say what changed and why: the code (ENGINE_VERSION) or the law (parameters).

/** Version of the engine's code: the version of @znr/rules (package.json). */
export const ENGINE_VERSION: string = rulesPackage.version;

// FNV-1a over the text: a short fingerprint without a crypto dependency (the engine runs in the
// browser too); it tells two parameter sets apart, it does not protect anything.
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function computeParametersVersion(set: ParameterSetName): string {
  let latest = '';
  const values: unknown[] = [];
  for (const [group, parameters] of Object.entries(parameterFiles)) {
    for (const [name, parameter] of Object.entries(parameters)) {
      // Under an overlay, the values it ignores are not part of the set.
      const lastKept = parameter.overlays?.[set];
      const kept = parameter.values.filter((v) => lastKept === undefined || v.from <= lastKept);
      values.push(
        group,
        name,
        kept.map((v) => [v.from, v.value]),
      );
      for (const value of kept) if (value.from > latest) latest = value.from;
    }
  }
  const version = `${latest}.${fingerprint(JSON.stringify(values))}`;
  // The overlay's name is part of its version, so a bilan says which values computed it.
  return set === 'loi' ? version : `${version}.${set}`;
}

/** Version of each parameter set (`loi`, `openfisca-176`). */
export const PARAMETERS_VERSIONS = Object.fromEntries(
  PARAMETER_SETS.map((set) => [set, computeParametersVersion(set)]),
) as Record<ParameterSetName, string>;

/**
 * Version of the legal parameters of the law of the day: the date of the most recent value known,
 * then a fingerprint of every dated value (`2026-04-01.9c1e03a7`). Changes whenever a value is
 * added or corrected. `PARAMETERS_VERSIONS['openfisca-176']` is the overlay's.
 */
export const PARAMETERS_VERSION = PARAMETERS_VERSIONS.loi;
