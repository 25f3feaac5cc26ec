import { useEffect, useState } from 'react';
import {
  fetchAgreementHistory,
  type Agreement,
  type AgreementChange,
  type AgreementInput,
  type CanonicalField,
} from '../../api/index.ts';

const termLabels: Record<keyof AgreementInput, string> = {
  title: 'Intitulé',
  purpose: 'Finalité',
  legalBasis: 'Base légale',
  parties: 'Parties',
  fields: 'Champs partagés',
  retentionMonths: 'Conservation (mois)',
  dpoContact: 'Contact du DPO',
  validFrom: 'Début de validité',
  validTo: 'Fin de validité',
};

/**
 * The amendments of an agreement, newest first: who changed which terms, when, from what to what.
 * `version` changes whenever the agreement is saved again, to reload the list.
 */
export function AgreementHistory({
  agreement,
  fields,
  version,
}: {
  agreement: Agreement;
  fields: readonly CanonicalField[];
  version: number;
}) {
  const [history, setHistory] = useState<AgreementChange[]>([]);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    fetchAgreementHistory(agreement.id).then(setHistory, (e: Error) => setError(e.message));
  }, [agreement.id, version]);

  const names = new Map<string, string>([
    ...agreement.parties.map((p) => [p.id, p.name] as const),
    ...fields.map((f) => [f.name, f.label] as const),
  ]);
  const show = (value: unknown): string =>
    Array.isArray(value)
      ? value.map((item) => names.get(String(item)) ?? 'organisation retirée').join(', ')
      : String(value);

  return (
    <section aria-labelledby="historique">
      <h2 id="historique">Historique des modifications</h2>
      {error !== undefined && <p className="fr-error-text">{error}</p>}
      {history.length === 0 && <p>Aucune modification depuis la création.</p>}
      <ul>
        {history.map((change) => (
          <li key={change.version}>
            Le {new Date(change.changedAt).toLocaleString('fr-FR')}, par{' '}
            {change.changedBy ?? 'un compte supprimé'} :
            <ul>
              {change.changes.map(({ term, before, after }) => (
                <li key={term}>
                  {termLabels[term]} : « {show(before)} » → « {show(after)} »
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
