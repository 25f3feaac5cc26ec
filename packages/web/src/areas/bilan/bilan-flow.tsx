import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useMemo, useState } from 'react';
import type { Answer, Answers } from './answers.ts';
import type { Contact } from './contact.ts';
import type { DraftStore } from './drafts.ts';
import { dayOf, monthOf } from './period.ts';
import { PendingSaves } from './pending-saves.tsx';
import { QuestionScreen } from './question-screen.tsx';
import { ResumeFromFile } from './resume-from-file.tsx';
import { ResultsView } from './results-view.tsx';
import { runBilan } from './run-bilan.ts';
import { stepsFor } from './steps.ts';
import type { SaveQueueView } from './use-save-queue.ts';

type Props = {
  /** Who prints the person's copy: the organisation, or the public simulator's own contact. */
  contact: Contact;
  /** Where drafts are kept on this device (encrypted), or null to keep nothing (public). */
  drafts: DraftStore | null;
  /** The bilans on their way to a case file (professionals only). */
  saves?: SaveQueueView | null;
};

type Position = { phase: 'questions'; index: number } | { phase: 'resultats' };

/** Back where the person stopped: the first question still without an answer, or the results. */
function resumePosition(answers: Answers): Position {
  const pending = stepsFor(answers).findIndex((step) => !answers[step.id]);
  return pending === -1 ? { phase: 'resultats' } : { phase: 'questions', index: pending };
}

/** The whole bilan: one question per screen, then the results; answers survive back and forth. */
export function BilanFlow({ contact, drafts, saves = null }: Props) {
  const [answers, setAnswers] = useState<Answers>({});
  const [position, setPosition] = useState<Position>({ phase: 'questions', index: 0 });
  const [restored, setRestored] = useState(drafts === null);
  const steps = useMemo(() => stepsFor(answers), [answers]);
  const now = new Date();

  useEffect(() => {
    if (!drafts) return;
    let current = true;
    drafts.load().then(
      (draft) => {
        if (!current) return;
        if (draft) {
          setAnswers(draft.answers);
          setPosition(resumePosition(draft.answers));
        }
        setRestored(true);
      },
      () => current && setRestored(true),
    );
    return () => {
      current = false;
    };
  }, [drafts]);

  const record = (next: Answers) => {
    setAnswers(next);
    if (drafts) void drafts.save({ answers: next, savedAt: new Date().toISOString() });
  };

  if (!restored) {
    return (
      <p role="status" aria-live="polite">
        Recherche d’un bilan en cours sur cet appareil…
      </p>
    );
  }

  if (position.phase === 'resultats') {
    const outcome = runBilan(answers, monthOf(now));
    if (!outcome.ok) {
      return (
        <Alert
          severity="error"
          title="Le bilan n’a pas pu être calculé"
          description={outcome.issues.join(' ')}
        />
      );
    }
    return (
      <ResultsView
        outcome={outcome}
        answers={answers}
        contact={contact}
        date={now}
        saves={saves}
        onEdit={() => setPosition({ phase: 'questions', index: 0 })}
        onRestart={() => {
          record({});
          if (drafts) void drafts.clear();
          setPosition({ phase: 'questions', index: 0 });
        }}
      />
    );
  }

  const index = Math.min(position.index, steps.length - 1);
  const step = steps[index]!;
  const onAnswer = (answer: Answer) => {
    const next = { ...answers, [step.id]: answer };
    record(next);
    const nextSteps = stepsFor(next);
    const nextIndex = nextSteps.findIndex((s) => s.id === step.id) + 1;
    setPosition(
      nextIndex >= nextSteps.length
        ? { phase: 'resultats' }
        : { phase: 'questions', index: nextIndex },
    );
  };

  return (
    <>
      {saves && <PendingSaves saves={saves} />}
      <QuestionScreen
        key={step.id}
        step={step}
        position={index}
        total={steps.length}
        answer={answers[step.id]}
        today={dayOf(now)}
        onAnswer={onAnswer}
        onBack={index > 0 ? () => setPosition({ phase: 'questions', index: index - 1 }) : undefined}
      />
      {Object.keys(answers).length === 0 && (
        <ResumeFromFile
          onAnswers={(read) => {
            record(read);
            setPosition(resumePosition(read));
          }}
        />
      )}
    </>
  );
}
