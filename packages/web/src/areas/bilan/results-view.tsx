import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { useEffect, useRef } from 'react';
import type { Answers } from './answers.ts';
import { BenefitCard } from './benefit-card.tsx';
import { bilanFile } from './bilan-file.ts';
import { readingOrder } from './benefit-results.ts';
import type { Contact } from './contact.ts';
import { downloadFile } from './download.ts';
import { dayOf, longDate } from './period.ts';
import { bilanBudget } from './bilan-budget.ts';
import { BudgetSection } from './budget-section.tsx';
import { OtherAidsSection } from './other-aids-section.tsx';
import { otherAidsFor } from './other-aids.ts';
import { ESTIMATE_NOTE, personCopy } from './person-copy.ts';
import { personCopyPdf } from './person-copy-pdf.ts';
import { RefusedBenefits } from './refused-benefits.tsx';
import { ResultsSummary } from './results-summary.tsx';
import type { BilanOutcome } from './run-bilan.ts';
import { SaveToCaseFile } from './save-to-case-file.tsx';
import type { SaveQueueView } from './use-save-queue.ts';
import { WhatIfPanel } from './what-if-panel.tsx';

type Props = {
  outcome: Extract<BilanOutcome, { ok: true }>;
  answers: Answers;
  contact: Contact;
  date: Date;
  onEdit: () => void;
  onRestart: () => void;
  /** The queue to the case files; null on the public simulator, which sends nothing. */
  saves: SaveQueueView | null;
};

/** The results: every benefit of the engine, the what-if, and the person's copy (print, PDF). */
export function ResultsView({ outcome, answers, contact, date, onEdit, onRestart, saves }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { views } = outcome;
  const order = readingOrder(views);
  const probable = [...order.monthly, ...order.yearly];
  const otherAids = otherAidsFor(answers, views, outcome.period);
  const budget = bilanBudget(answers, views, outcome.period);
  const day = dayOf(date);

  const savePdf = async () => {
    const title = `Bilan de droits du ${longDate(date)}`;
    const bytes = await personCopyPdf(
      personCopy(views, contact, date, { otherAids, budget }),
      title,
    );
    downloadFile(`bilan-de-droits-${day}.pdf`, bytes as Uint8Array<ArrayBuffer>, 'application/pdf');
  };
  const exportJson = () =>
    downloadFile(`bilan-${day}.json`, bilanFile(answers, outcome, date), 'application/json');

  return (
    <div className="znr-results">
      <h2 ref={heading} tabIndex={-1}>
        Résultats du bilan
      </h2>
      <p>Fait le {longDate(date)}.</p>
      <ResultsSummary order={order} />
      <Notice title={ESTIMATE_NOTE} className={fr.cx('fr-mb-4w')} />
      {probable.length > 0 && (
        <section aria-labelledby="droits-probables">
          <h2 id="droits-probables" className="fr-h3">
            Vos droits probables
          </h2>
          {probable.map((view) => (
            <BenefitCard key={view.id} view={view} />
          ))}
        </section>
      )}
      {order.toCheck.length > 0 && (
        <section aria-labelledby="droits-a-verifier">
          <h2 id="droits-a-verifier" className="fr-h3">
            À vérifier
          </h2>
          {order.toCheck.map((view) => (
            <BenefitCard key={view.id} view={view} />
          ))}
        </section>
      )}
      <RefusedBenefits views={order.refused} />
      <BudgetSection budget={budget} />
      <OtherAidsSection aids={otherAids} />
      <section aria-labelledby="contact-copie" className={fr.cx('fr-mb-6w')}>
        <h2 id="contact-copie" className="fr-h4">
          Votre contact
        </h2>
        <p className={fr.cx('fr-mb-1w')}>
          <strong>{contact.name}</strong>
        </p>
        {contact.details.map((line) => (
          <p key={line} className={fr.cx('fr-mb-1w')}>
            {line}
          </p>
        ))}
      </section>
      <div className="znr-no-print">
        <WhatIfPanel answers={answers} period={outcome.period} today={day} views={views} />
        {saves && <SaveToCaseFile outcome={outcome} answers={answers} date={date} saves={saves} />}
        <h2 className="fr-h4">La copie de la personne</h2>
        <ul
          className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}
        >
          <li>
            <Button iconId="fr-icon-download-line" onClick={() => void savePdf()}>
              Télécharger le PDF
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-printer-line"
              onClick={() => window.print()}
            >
              Imprimer
            </Button>
          </li>
          <li>
            <Button priority="secondary" onClick={exportJson}>
              Exporter les réponses (JSON)
            </Button>
          </li>
        </ul>
        <ul
          className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left')}
        >
          <li>
            <Button priority="tertiary" iconId="fr-icon-edit-line" onClick={onEdit}>
              Revoir les réponses
            </Button>
          </li>
          <li>
            <Button priority="tertiary" iconId="fr-icon-refresh-line" onClick={onRestart}>
              Nouveau bilan
            </Button>
          </li>
        </ul>
      </div>
    </div>
  );
}
