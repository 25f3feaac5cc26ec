/** A link to an official page. */
export interface OfficialLink {
  label: string;
  url: string;
}

/**
 * What a person needs to know to claim a benefit, kept as data next to its formula: the web app
 * renders it (no HTML here), the bilan prints it.
 */
export interface CatalogueEntry {
  /** OpenFisca name of the amount. */
  id: string;
  label: string;
  /** One plain-French sentence. */
  description: string;
  /** Who pays. */
  payer: string;
  /** How to claim, in a sentence, and the official online procedure. */
  howToClaim: string;
  onlineProcedure: OfficialLink;
  /** Documents to have at hand. */
  documents: string[];
  /** Usual delay before the first payment. */
  usualDelay: string;
  /** Service-Public fiche id, e.g. F19778. */
  servicePublicFiche: string;
  /** What to do when the claim is refused. */
  whenRefused: string;
  /** How often it is paid: monthly, or once a year (ARS, chèque énergie). */
  periodicity: 'mensuelle' | 'annuelle';
  /** How amounts are rounded. */
  rounding: string;
}

/** The Service-Public page of a fiche. */
export function servicePublicUrl(fiche: string): string {
  return `https://www.service-public.fr/particuliers/vosdroits/${fiche}`;
}

/** The fields of an entry that are missing or malformed (empty list when complete). */
export function catalogueProblems(entry: CatalogueEntry): string[] {
  const problems: string[] = [];
  const text: (keyof CatalogueEntry)[] = [
    'id',
    'label',
    'description',
    'payer',
    'howToClaim',
    'usualDelay',
    'whenRefused',
    'rounding',
  ];
  for (const key of text) {
    const value = entry[key];
    if (typeof value !== 'string' || value.trim().length < 2)
      problems.push(`${key} : texte manquant`);
    else if (/<[a-z]/i.test(value)) problems.push(`${key} : pas de HTML dans les données`);
  }
  if (!/^https:\/\//.test(entry.onlineProcedure.url))
    problems.push('onlineProcedure.url : adresse https attendue');
  if (entry.onlineProcedure.label.trim().length < 2)
    problems.push('onlineProcedure.label : texte manquant');
  if (entry.documents.length === 0 || entry.documents.some((d) => d.trim().length < 2))
    problems.push('documents : liste vide ou incomplète');
  if (!/^F\d+$/.test(entry.servicePublicFiche))
    problems.push('servicePublicFiche : identifiant Fnnnn attendu');
  if (!entry.description.trim().endsWith('.'))
    problems.push('description : une phrase complète attendue');
  return problems;
}
