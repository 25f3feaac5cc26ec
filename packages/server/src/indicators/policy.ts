import type { Role } from '../tenancy/roles.ts';

// Who reads the indicators (docs/security.md): the coordinateur and the pilote those of their
// territory, exact; the évaluateur those of every territory, always with small counts suppressed.
// Nobody else. Exports are suppressed for everyone: they leave the platform.

/** Which territories a role reads the indicators of, or undefined when it may not. */
export function indicatorScope(role: Role): 'territoire' | 'national' | undefined {
  if (role === 'coordinateur' || role === 'pilote') return 'territoire';
  if (role === 'evaluateur') return 'national';
  return undefined;
}
