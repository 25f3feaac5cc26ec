import { fr } from '@codegouvfr/react-dsfr';
import {
  totalMonthly,
  type BenefitView,
  type ReadingOrder,
  shortAmountLabel,
} from './benefit-results.ts';
import { TOTAL_NOTE } from './person-copy.ts';
import { summaryText } from './summary-text.ts';

function Lines({ views }: { views: readonly BenefitView[] }) {
  return (
    <ul>
      {views.map((view) => (
        <li key={view.id} data-summary-benefit={view.id}>
          {view.name} : <strong>{shortAmountLabel(view)}</strong>
        </li>
      ))}
    </ul>
  );
}

/**
 * « L'essentiel »: what the person takes home in a few lines, before any detail. The probable
 * rights and their monthly total, the yearly ones apart, then how many are to check or refused.
 */
export function ResultsSummary({ order }: { order: ReadingOrder }) {
  const text = summaryText(order);
  return (
    <section aria-labelledby="essentiel" className={fr.cx('fr-mb-4w')} data-summary>
      <h2 id="essentiel" className="fr-h4">
        L’essentiel
      </h2>
      <p className={fr.cx('fr-mb-1w')}>
        <strong data-total={totalMonthly(order.monthly).toFixed(2)}>{text.probable}</strong>
      </p>
      {order.monthly.length > 0 && <Lines views={order.monthly} />}
      {text.yearly && (
        <>
          <p className={fr.cx('fr-mb-1w')}>{text.yearly}</p>
          <Lines views={order.yearly} />
        </>
      )}
      {text.toCheck && (
        <>
          <p className={fr.cx('fr-mb-1w')}>{text.toCheck}</p>
          <Lines views={order.toCheck} />
        </>
      )}
      {text.refused && <p className={fr.cx('fr-mb-1w')}>{text.refused}</p>}
      <p className={fr.cx('fr-text--sm')}>{TOTAL_NOTE}</p>
    </section>
  );
}
