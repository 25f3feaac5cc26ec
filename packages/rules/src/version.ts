import { parameterFiles } from '../parameters/all.ts';
import rulesPackage from '../package.json' with { type: 'json' };

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

function computeParametersVersion(): string {
  let latest = '';
  const values: unknown[] = [];
  for (const [group, parameters] of Object.entries(parameterFiles)) {
    for (const [name, parameter] of Object.entries(parameters)) {
      values.push(
        group,
        name,
        parameter.values.map((v) => [v.from, v.value]),
      );
      for (const value of parameter.values) if (value.from > latest) latest = value.from;
    }
  }
  return `${latest}.${fingerprint(JSON.stringify(values))}`;
}

/**
 * Version of the legal parameters: the date of the most recent value known, then a fingerprint of
 * every dated value (`2026-04-01.9c1e03a7`). Changes whenever a value is added or corrected.
 */
export const PARAMETERS_VERSION = computeParametersVersion();
