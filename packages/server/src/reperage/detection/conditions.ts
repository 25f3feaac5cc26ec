import { isKnown, numberOf, receivedOf, textOf, type Attributes } from './attributes.ts';
import type { Condition, DetectionSettings } from './rules.ts';

/**
 * Whether a merged person meets a rule's condition. An unknown field never satisfies a condition:
 * « sans aide au logement » needs a source that knows the aid is not paid.
 */
export function meets(
  condition: Condition,
  attributes: Attributes,
  settings: DetectionSettings,
): boolean {
  switch (condition.op) {
    case 'in': {
      const value = textOf(attributes[condition.field]);
      return value !== undefined && condition.values.includes(value);
    }
    case 'notReceived':
      return receivedOf(attributes[condition.field]) === false;
    case 'allZero':
      return condition.fields.every(
        (field) => isKnown(attributes[field]) && numberOf(attributes[field]) === 0,
      );
    default: {
      const value = numberOf(attributes[condition.field]);
      const bound = condition.setting ? settings[condition.setting] : condition.value;
      if (value === undefined || bound === undefined) return false;
      if (condition.op === 'gt') return value > bound;
      if (condition.op === 'gte') return value >= bound;
      if (condition.op === 'lt') return value < bound;
      return value <= bound;
    }
  }
}

/** The fields a condition reads, to name them in the explanation. */
export function fieldsOf(condition: Condition): string[] {
  return 'fields' in condition ? condition.fields : [condition.field];
}
