import { fr } from '@codegouvfr/react-dsfr';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import { useState } from 'react';
import type { Answers } from './answers.ts';
import { readBilanFile } from './bilan-file.ts';

/** Opens a bilan exported earlier (JSON): its answers come back, its amounts are recomputed. */
export function ResumeFromFile({ onAnswers }: { onAnswers: (answers: Answers) => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="reprendre" className={fr.cx('fr-mt-8w')}>
      <h2 id="reprendre" className="fr-h6">
        Reprendre un bilan exporté
      </h2>
      <Upload
        label="Fichier du bilan (JSON)"
        hint="Le fichier enregistré avec « Exporter les réponses (JSON) »."
        state={error ? 'error' : 'default'}
        stateRelatedMessage={error}
        nativeInputProps={{
          accept: 'application/json,.json',
          onChange: (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              const read = readBilanFile(text);
              setError(read.ok ? null : read.error);
              if (read.ok) onAnswers(read.answers);
            });
          },
        }}
      />
    </section>
  );
}
