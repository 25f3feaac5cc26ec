import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { benefitLabels, choosableBenefitIds } from '@znr/rules';
import { useEffect, useState } from 'react';
import { listPartners, openRight, type FollowedRight } from '../../api/index.ts';
import { RightRow } from './right-row.tsx';

/** Every benefit of @znr/rules' vocabulary, by its full name. */
const benefitOptions = choosableBenefitIds.map((id) => ({
  value: id,
  label: benefitLabels[id].long,
}));

/** Each right followed for the household, with its stage to move on, and one to start following. */
export function RightsSection({
  householdId,
  rights,
  organisation,
  onChanged,
}: {
  householdId: string;
  rights: FollowedRight[];
  /** My organisation, first of those that may be in charge of a right. */
  organisation: { id: string; name: string };
  onChanged: () => void;
}) {
  const [partners, setPartners] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    listPartners().then(setPartners, () => setPartners([]));
  }, []);
  const organisations = [organisation, ...partners];
  const [benefit, setBenefit] = useState<(typeof choosableBenefitIds)[number]>('rsa');
  const [error, setError] = useState<string | undefined>();
  const follow = () => {
    openRight(householdId, benefit).then(onChanged, (e: Error) => setError(e.message));
  };
  return (
    <section aria-labelledby="droits">
      <h2 id="droits">Droits suivis</h2>
      {rights.length === 0 ? (
        <p>Aucun droit suivi pour l’instant.</p>
      ) : (
        <ul>
          {rights.map((right) => (
            <RightRow
              key={right.id}
              right={right}
              organisations={organisations}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      <Select
        label="Droit à suivre"
        nativeSelectProps={{
          value: benefit,
          onChange: (e) =>
            setBenefit(choosableBenefitIds.find((id) => id === e.target.value) ?? benefit),
        }}
      >
        {benefitOptions.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      <Button size="small" onClick={follow}>
        Suivre ce droit
      </Button>
      {error !== undefined && <p className="fr-error-text">{error}</p>}
    </section>
  );
}
