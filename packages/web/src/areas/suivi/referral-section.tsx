import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import {
  answerReferral,
  listPartners,
  referHousehold,
  today,
  type Household,
} from '../../api/index.ts';
import { AnswerWithText } from './answer-with-text.tsx';
import { ReferralMessages } from './referral-messages.tsx';
import { referralStatusLabels } from './suivi-labels.ts';

/**
 * The household's referrals; the receiving organisation accepts or refuses (with its reason) a sent
 * one, either organisation closes an accepted one with its outcome. The owner
 * refers the household to a partner, and the person's consent is asked right there.
 */
export function ReferralSection({
  household,
  organisationId,
  canWrite,
  onChanged,
}: {
  household: Household;
  organisationId: string;
  /** My role writes case files: messages too. */
  canWrite: boolean;
  onChanged: () => void;
}) {
  const [partners, setPartners] = useState<{ id: string; name: string }[]>([]);
  const [partner, setPartner] = useState('');
  const [purpose, setPurpose] = useState('');
  const [consented, setConsented] = useState(false);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (household.owned) listPartners().then(setPartners, () => setPartners([]));
  }, [household.owned]);

  const fail = (e: Error) => setError(e.message);
  // A refused or closed referral no longer shares the household with its receiver: back to the
  // inbox, where the answer shows.
  const navigate = useNavigate();
  const toInbox = () => void navigate('/suivi/orientations');
  const refer = () => {
    referHousehold(household.id, {
      toOrganisationId: partner,
      purpose,
      consent: { method: 'oral', givenOn: today() },
    }).then(onChanged, fail);
  };
  const partnerName = partners.find((p) => p.id === partner)?.name ?? 'ce partenaire';

  return (
    <section aria-labelledby="orientations">
      <h2 id="orientations">Orientations</h2>
      <ul>
        {household.referrals.map((referral) => (
          <li key={referral.id}>
            {referral.purpose} — {referralStatusLabels[referral.status] ?? referral.status}
            {referral.refusalReason !== null && ` (motif : ${referral.refusalReason})`}
            {referral.outcome !== null && ` (résultat : ${referral.outcome})`}
            <ReferralMessages referralId={referral.id} canWrite={canWrite} />
            {canWrite &&
              referral.toOrganisationId === organisationId &&
              referral.status === 'envoyee' && (
                <div className="fr-mt-1w">
                  <Button
                    size="small"
                    className="fr-mr-1w"
                    onClick={() =>
                      void answerReferral(referral.id, { status: 'acceptee' }).then(onChanged, fail)
                    }
                  >
                    Accepter l’orientation
                  </Button>
                  <AnswerWithText
                    label="Refuser"
                    fieldLabel={`Motif du refus de « ${referral.purpose} »`}
                    hint="Il est montré à l’organisation qui a orienté, par exemple : hors de nos missions, dossier déjà suivi."
                    confirmLabel="Refuser l’orientation"
                    send={(reason) => answerReferral(referral.id, { status: 'refusee', reason })}
                    onDone={toInbox}
                  />
                </div>
              )}
            {canWrite && referral.status === 'acceptee' && (
              <div className="fr-mt-1w">
                <AnswerWithText
                  label="Clôturer l’orientation"
                  fieldLabel={`Résultat de « ${referral.purpose} »`}
                  hint="Par exemple : droit ouvert, démarches faites avec la personne, relais pris."
                  confirmLabel="Clôturer avec ce résultat"
                  send={(outcome) => answerReferral(referral.id, { status: 'cloturee', outcome })}
                  onDone={household.owned ? onChanged : toInbox}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      {household.owned && (
        <div className="fr-mt-2w">
          <h3>Orienter vers un partenaire</h3>
          <Select
            label="Organisation partenaire"
            nativeSelectProps={{ value: partner, onChange: (e) => setPartner(e.target.value) }}
          >
            <option value="" disabled>
              Choisir une organisation
            </option>
            {partners.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
          <Input
            label="Objet de l’orientation"
            nativeInputProps={{ value: purpose, onChange: (e) => setPurpose(e.target.value) }}
          />
          {partner !== '' && (
            <Checkbox
              options={[
                {
                  label: `La personne accepte que son dossier soit partagé avec ${partnerName}`,
                  hintText: 'Consentement oral, enregistré à la date du jour.',
                  nativeInputProps: {
                    checked: consented,
                    onChange: (e) => setConsented(e.target.checked),
                  },
                },
              ]}
            />
          )}
          <Button disabled={!consented || purpose.trim() === ''} onClick={refer}>
            Envoyer l’orientation
          </Button>
        </div>
      )}
      {error !== undefined && <p className="fr-error-text">{error}</p>}
    </section>
  );
}
