import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';

interface FieldProps {
  label: string;
  /** The current value; `undefined` when the filter is off. */
  value: string | undefined;
  /** The new value; `undefined` when the person clears the field. */
  onChange: (value: string | undefined) => void;
}

const orOff = (value: string) => (value === '' ? undefined : value);

/** A list filter in a third of a form row, whose first choice « Toutes » turns it off. */
export function FilterSelect({
  choices,
  ...field
}: FieldProps & { choices: readonly (readonly [value: string, label: string])[] }) {
  return (
    <div className="fr-col-12 fr-col-md-4">
      <Select
        label={field.label}
        nativeSelectProps={{
          value: field.value ?? '',
          onChange: (e) => field.onChange(orOff(e.target.value)),
        }}
      >
        <option value="">Toutes</option>
        {choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** A date filter in a third of a form row; empty turns it off. */
export function FilterDate(field: FieldProps) {
  return (
    <div className="fr-col-12 fr-col-md-4">
      <Input
        label={field.label}
        nativeInputProps={{
          type: 'date',
          value: field.value ?? '',
          onChange: (e) => field.onChange(orOff(e.target.value)),
        }}
      />
    </div>
  );
}
