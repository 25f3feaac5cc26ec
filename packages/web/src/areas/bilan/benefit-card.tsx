import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { servicePublicUrl } from '@znr/rules';
import { amountLabel, statusLabels, type BenefitView } from './benefit-results.ts';
import { TraceDetails } from './trace-details.tsx';

const severity = { eligible: 'success', non_eligible: 'info', a_verifier: 'warning' } as const;

/**
 * One benefit: status, amount, why in plain words, how to claim, and the detail for the pro.
 * `level` is its heading's level: 3 in the results, 4 inside the folded refusals.
 */
export function BenefitCard({ view, level = 3 }: { view: BenefitView; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section
      className={fr.cx(level === 3 ? 'fr-mb-6w' : 'fr-mb-4w')}
      aria-labelledby={`aide-${view.id}`}
      data-benefit={view.id}
      data-status={view.status}
    >
      <Heading
        id={`aide-${view.id}`}
        className={fr.cx(level === 3 ? 'fr-h4' : 'fr-h5', 'fr-mb-1w')}
      >
        {view.name}
      </Heading>
      <p className={fr.cx('fr-mb-1w')}>
        <Badge severity={severity[view.status]} noIcon>
          {statusLabels[view.status]}
        </Badge>
      </p>
      {view.status !== 'non_eligible' && (
        <p className={fr.cx('fr-h5', 'fr-mb-1w')}>
          <span className="znr-amount" data-amount={view.amount.toFixed(2)}>
            {amountLabel(view)}
          </span>
        </p>
      )}
      <p className="znr-plain">{view.summary}</p>
      {view.reasons.length > 0 && (
        <ul className="znr-plain">
          {view.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {view.status !== 'non_eligible' && (
        <div className="znr-claim">
          <h4 className={fr.cx('fr-h6', 'fr-mb-1w')}>Comment faire la demande</h4>
          <p className={fr.cx('fr-mb-1w')}>
            {view.claim.payer}. {view.claim.howToClaim}
          </p>
          <p className={fr.cx('fr-mb-1w')}>
            <a
              href={view.claim.onlineProcedure.url}
              target="_blank"
              rel="noreferrer"
              className="fr-link"
            >
              {view.claim.onlineProcedure.label}
            </a>
            <span className="znr-print-only"> ({view.claim.onlineProcedure.url})</span> —{' '}
            <a
              href={servicePublicUrl(view.claim.servicePublicFiche)}
              target="_blank"
              rel="noreferrer"
              className="fr-link"
            >
              La fiche Service-Public
            </a>
            <span className="znr-print-only">
              {' '}
              ({servicePublicUrl(view.claim.servicePublicFiche)})
            </span>
          </p>
          <p className={fr.cx('fr-mb-1w')}>{view.claim.usualDelay}</p>
          <p className={fr.cx('fr-mb-0')}>Les papiers à préparer :</p>
          <ul>
            {view.claim.documents.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="znr-no-print">
        <Accordion label="Détail du calcul (pour les professionnels)">
          {view.trace ? (
            <TraceDetails node={view.trace} />
          ) : (
            <p>Le moteur ne donne pas encore le détail de ce calcul.</p>
          )}
        </Accordion>
      </div>
    </section>
  );
}
