/** The kinds of refusal a service can give; each carries a French message for the user. */
export type DomainErrorKind =
  | 'commune_inconnue'
  | 'communes_manquantes'
  | 'type_organisation_inconnu'
  | 'organisation_introuvable'
  | 'organisation_ambigue'
  | 'email_invalide'
  | 'mot_de_passe_trop_court'
  | 'transition_interdite'
  | 'motif_manquant'
  | 'droit_deja_suivi'
  | 'convention_inutilisable'
  | 'champ_hors_convention'
  | 'correspondance_invalide'
  | 'fichier_illisible'
  | 'organisation_hors_territoire'
  | 'situation_illisible'
  | 'membre_inconnu'
  | 'resultat_manquant'
  | 'relance_impossible';

/** A refusal for a reason the user can fix; the message says which and how, in French. */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
  }
}
