import type { RunQuality } from '../../api/index.ts';

function percent(value: number): string {
  return `${(value * 100).toFixed(1).replace('.', ',')} %`;
}

/** The quality figures of a finished linkage run: counts, estimated precision and recall, m/u. */
export function RunQualityTable({ quality }: { quality: RunQuality }) {
  return (
    <div>
      <p>
        {quality.records} enregistrements, {quality.clusters} personnes distinctes (
        {Object.entries(quality.clustersBySize)
          .map(([size, count]) => `${count} dans ${size} fichier${size === '1' ? '' : 's'}`)
          .join(', ')}
        ), seuil de probabilité {percent(quality.threshold)}, {quality.seconds} s.
      </p>
      {quality.pairs.map((pair, index) => (
        <div key={index} className="fr-table">
          <table>
            <caption>
              Paire de fichiers {index + 1} : {pair.keptPairs} liens gardés sur{' '}
              {pair.candidatePairs} paires comparées ; précision estimée{' '}
              {percent(pair.expectedPrecision)}, rappel estimé {percent(pair.expectedRecall)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Champ</th>
                <th scope="col">Niveau</th>
                <th scope="col">m (paires vraies)</th>
                <th scope="col">u (paires au hasard)</th>
              </tr>
            </thead>
            <tbody>
              {pair.fields.flatMap((field) =>
                field.levels.map((level, l) => (
                  <tr key={`${field.name}-${level}`}>
                    <td>{l === 0 ? field.label : ''}</td>
                    <td>{level}</td>
                    <td>{percent(field.m[l] ?? 0)}</td>
                    <td>{percent(field.u[l] ?? 0)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
