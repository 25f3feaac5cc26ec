import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useState } from 'react';
import {
  listPartners,
  recordConsent,
  today,
  withdrawConsent,
  type Consent,
  type Household,
} from '../../api/index.ts';
import { ConfirmInPlace } from './confirm-in-place.tsx';
import { consentScopeLabels, frenchDate } from './suivi-labels.ts';

// What a withdrawal changes, told before it is confirmed.
const withdrawalEffects: Record<Consent['scope'], string> = {
  bilan: 'Les bilans déjà enregistrés restent au dossier ; aucun nouveau ne pourra l’être.',
  partage: 'Le partenaire ne verra plus le dossier.',
  recontact: 'La personne ne sera plus recontactée.',
};

/**
 * The household's consents, standing and withdrawn; the organisation that recorded them withdraws
 * one when the person asks; the bilan consent is asked when it is needed (before saving a bilan).
 */
export function ConsentsSection({
  household,
  editable,
  onChanged,
  onError,
}: {
  household: Household;
  editable: boolean;
  onChanged: () => void;
  onError: (message: string) => void;
}) {
  const [partners, setPartners] = useState<Map<string, string>>(new Map());
  const sharing = household.consents.some((c) => c.partnerOrganisationId !== null);
  useEffect(() => {
    if (sharing) {
      listPartners().then(
        (list) => setPartners(new Map(list.map((p) => [p.id, p.name]))),
        () => setPartners(new Map()),
      );
    }
  }, [sharing]);
  const hasBilanConsent = household.consents.some(
    (c) => c.scope === 'bilan' && c.withdrawnAt === null,
  );
  const describe = (consent: Consent) => {
    const partner =
      consent.partnerOrganisationId === null
        ? ''
        : ` (${partners.get(consent.partnerOrganisationId) ?? 'organisation partenaire'})`;
    return `${consentScopeLabels[consent.scope]}${partner}`;
  };

  return (
    <section aria-labelledby="consentements">
      <h2 id="consentements">Consentements</h2>
      <ul>
        {household.consents.map((consent) => (
          <li key={consent.id}>
            {describe(consent)} — {consent.method === 'oral' ? 'oral' : 'écrit'}, le{' '}
            {frenchDate(consent.givenOn)}
            {consent.withdrawnAt !== null && ` — retiré le ${frenchDate(consent.withdrawnAt)}`}
            {editable && consent.withdrawnAt === null && (
              <ConfirmInPlace
                label="Retirer"
                title={`Retirer le consentement « ${describe(consent)} »`}
                iconId="fr-icon-close-circle-line"
                question={`La personne retire son consentement « ${describe(consent)} » ? ${withdrawalEffects[consent.scope]}`}
                confirmLabel="Confirmer le retrait"
                action={() => withdrawConsent(consent.id)}
                onDone={onChanged}
              />
            )}
          </li>
        ))}
      </ul>
      {household.owned && !hasBilanConsent && (
        <Button
          priority="secondary"
          onClick={() =>
            void recordConsent(household.id, {
              scope: 'bilan',
              method: 'oral',
              givenOn: today(),
            }).then(onChanged, (e: Error) => onError(e.message))
          }
        >
          La personne accepte que ses bilans soient enregistrés
        </Button>
      )}
    </section>
  );
}
