import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { BenefitCard } from './benefit-card.tsx';
import type { BenefitView } from './benefit-results.ts';

/**
 * The refusals, after the rights: folded in a disclosure (a button that says whether it is open),
 * so that the person reads what she can claim first, and each one with its reason when opened.
 */
export function RefusedBenefits({ views }: { views: readonly BenefitView[] }) {
  if (views.length === 0) return null;
  const count = views.length;
  return (
    <section aria-labelledby="pas-de-droit" className={fr.cx('fr-mb-6w')} data-refusals>
      <h2 id="pas-de-droit" className="fr-h3">
        Pas de droit pour le moment
      </h2>
      <Accordion
        label={`Voir ${count === 1 ? 'l’aide' : `les ${count} aides`} et la raison de chacune`}
      >
        {views.map((view) => (
          <BenefitCard key={view.id} view={view} level={4} />
        ))}
      </Accordion>
    </section>
  );
}
