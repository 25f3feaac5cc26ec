// Finding a commune by what people know: its name or its postal code (the engine wants the INSEE
// code, which few people know). The list is loaded once, on demand, from the build.

export type Commune = { code: string; name: string; postalCodes: string[] };

/** Lowercase, without accents, hyphens and apostrophes as spaces: "Saint-Étienne" → "saint etienne". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the `code|name|postal codes` lines of the build. */
export function parseCommunes(lines: string): Commune[] {
  return lines.split('\n').map((line) => {
    const [code = '', name = '', postal = ''] = line.split('|');
    return { code, name, postalCodes: postal ? postal.split(' ') : [] };
  });
}

let loaded: Promise<Commune[]> | undefined;

/** The communes of France, loaded once (a separate chunk, precached for offline use). */
export function loadCommunes(): Promise<Commune[]> {
  loaded ??= import('virtual:znr-communes').then((module) => parseCommunes(module.default));
  return loaded;
}

/**
 * The communes matching a query: an INSEE code, a postal code (or its start), or a name (exact
 * first, then starting with it, then containing it), at most `limit`.
 */
export function searchCommunes(list: readonly Commune[], query: string, limit = 8): Commune[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  if (/^\d[\dab]*$/.test(q)) {
    const upper = q.toUpperCase();
    const byCode = list.filter((c) => c.code === upper);
    const byPostal = list.filter((c) => c.postalCodes.some((p) => p.startsWith(q)));
    // People type postal codes far more often than INSEE codes: those matches come first.
    return [...byPostal, ...byCode.filter((c) => !byPostal.includes(c))].slice(0, limit);
  }
  const scored: { commune: Commune; rank: number }[] = [];
  for (const commune of list) {
    const name = normalise(commune.name);
    const rank = name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : -1;
    if (rank >= 0) scored.push({ commune, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.commune.name.localeCompare(b.commune.name, 'fr'))
    .slice(0, limit)
    .map(({ commune }) => commune);
}

/** The one commune a query designates without doubt: its only postal code, else its code or name. */
export function exactCommune(matches: readonly Commune[], query: string): Commune | undefined {
  const q = normalise(query);
  for (const exact of [
    matches.filter((c) => c.postalCodes.includes(q)),
    matches.filter((c) => c.code === q.toUpperCase() || normalise(c.name) === q),
  ]) {
    if (exact.length === 1) return exact[0];
  }
  return matches.length === 1 ? matches[0] : undefined;
}
