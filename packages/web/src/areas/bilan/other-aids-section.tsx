import { fr } from '@codegouvfr/react-dsfr';
import { servicePublicUrl } from '@znr/rules';
import type { OtherAidEntry } from '@znr/rules';
import { OTHER_AIDS_INTRO } from './person-copy.ts';

/** The aids the engine does not compute that the answers point to: why, who decides, how. */
export function OtherAidsSection({ aids }: { aids: readonly OtherAidEntry[] }) {
  return (
    <section aria-labelledby="autres-aides" className={fr.cx('fr-mb-6w')} data-other-aids>
      <h2 id="autres-aides" className="fr-h3">
        Ce que vous pouvez aussi demander
      </h2>
      <p>{OTHER_AIDS_INTRO}</p>
      {aids.map((aid) => (
        <div key={aid.id} className={fr.cx('fr-mb-4w')} data-other-aid={aid.id}>
          <h3 className={fr.cx('fr-h5', 'fr-mb-1w')}>{aid.label}</h3>
          <p className={fr.cx('fr-mb-1w')}>
            {aid.why} {aid.description}
          </p>
          <p className={fr.cx('fr-mb-1w')}>Qui décide : {aid.decider}.</p>
          <p className={fr.cx('fr-mb-1w')}>{aid.howToClaim}</p>
          <p className={fr.cx('fr-mb-1w')}>
            <a
              href={servicePublicUrl(aid.servicePublicFiche)}
              target="_blank"
              rel="noreferrer"
              className="fr-link"
            >
              La fiche Service-Public : {aid.label}
            </a>
            <span className="znr-print-only"> ({servicePublicUrl(aid.servicePublicFiche)})</span>
          </p>
        </div>
      ))}
    </section>
  );
}
