import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { CommuneField } from './commune-field.tsx';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Answer } from './answers.ts';
import { parseAnswer, rawOf } from './parse-answer.ts';
import { sectionTitles, type Section, type Step } from './steps.ts';

const sections = Object.keys(sectionTitles) as Section[];

const inputProps: Partial<
  Record<Step['kind'], { type: string; inputMode?: 'decimal' | 'numeric' }>
> = {
  money: { type: 'text', inputMode: 'decimal' },
  percent: { type: 'text', inputMode: 'decimal' },
  count: { type: 'text', inputMode: 'numeric' },
  date: { type: 'date' },
  commune: { type: 'text' },
};

type Props = {
  step: Step;
  /** 0-based position and number of questions, for "Question 3 sur 17". */
  position: number;
  total: number;
  answer: Answer | undefined;
  today: string;
  onAnswer: (answer: Answer) => void;
  onBack: (() => void) | undefined;
};

/** One question on one screen: the progress, the question with its help, back and next. */
export function QuestionScreen({ step, position, total, answer, today, onAnswer, onBack }: Props) {
  const [raw, setRaw] = useState(() => (answer?.estimated ? '' : rawOf(step, answer?.value)));
  const wasUnknown = answer?.estimated === true;
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Each new question is announced: the focus goes to its heading, as after a page change.
  useEffect(() => {
    heading.current?.focus();
  }, [step.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAnswer(step, raw, today);
    if (!parsed.ok) {
      setError(parsed.error);
      // The field takes the focus, so that its error (tied to it) is read out.
      const form = event.currentTarget as HTMLFormElement;
      form.querySelector<HTMLInputElement>('input:checked, input:not([type="hidden"])')?.focus();
      return;
    }
    onAnswer({ value: parsed.value });
  };

  const chooseCommune = useCallback((code: string) => {
    setRaw(code);
    if (code) setError(null);
  }, []);

  const sectionIndex = sections.indexOf(step.section);
  const nextSection = sections[sectionIndex + 1];
  const state = error ? ('error' as const) : ('default' as const);
  const choices =
    step.kind === 'boolean'
      ? [
          { value: 'oui', label: 'Oui' },
          { value: 'non', label: 'Non' },
        ]
      : step.items;

  return (
    <form onSubmit={submit} noValidate className="znr-question">
      <Stepper
        currentStep={sectionIndex + 1}
        stepCount={sections.length}
        title={sectionTitles[step.section]}
        {...(nextSection ? { nextTitle: sectionTitles[nextSection] } : {})}
      />
      <h2 ref={heading} tabIndex={-1} className={fr.cx('fr-text--md', 'fr-mb-2w')}>
        Question {position + 1} sur {total}
      </h2>
      {step.kind === 'commune' ? (
        <CommuneField
          name={step.id}
          label={<span className="znr-question__text">{step.question}</span>}
          value={raw}
          onChange={chooseCommune}
          error={error}
        />
      ) : choices ? (
        <RadioButtons
          legend={<span className="znr-question__text">{step.question}</span>}
          {...(step.help ? { hintText: step.help } : {})}
          name={step.id}
          state={state}
          stateRelatedMessage={error}
          options={choices.map((choice) => ({
            label: choice.label,
            nativeInputProps: {
              value: choice.value,
              checked: raw === choice.value,
              onChange: () => {
                setRaw(choice.value);
                setError(null);
              },
            },
          }))}
        />
      ) : (
        <Input
          label={<span className="znr-question__text">{step.question}</span>}
          {...(step.help ? { hintText: step.help } : {})}
          state={state}
          stateRelatedMessage={error}
          nativeInputProps={{
            ...inputProps[step.kind],
            name: step.id,
            value: raw,
            autoComplete: 'off',
            ...(step.kind === 'date' ? { max: today } : {}),
            onChange: (event) => {
              setRaw(event.target.value);
              setError(null);
            },
          }}
        />
      )}
      {step.unknown && (
        <div className={fr.cx('fr-mb-3w')}>
          <Button
            type="button"
            priority="tertiary"
            onClick={() => onAnswer({ value: step.unknown!.estimate, estimated: true })}
          >
            Je ne sais pas
          </Button>
          <p className={fr.cx('fr-hint-text', 'fr-mt-1w')}>
            {wasUnknown && 'Réponse actuelle : je ne sais pas. '}
            {step.unknown.note}
          </p>
        </div>
      )}
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-btns-group--lg')}>
        {onBack && (
          <li>
            <Button type="button" priority="secondary" onClick={onBack}>
              Précédent
            </Button>
          </li>
        )}
        <li>
          <Button type="submit">Suivant</Button>
        </li>
      </ul>
    </form>
  );
}
