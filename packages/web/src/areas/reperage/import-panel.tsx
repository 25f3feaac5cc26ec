import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import {
  startImport,
  uploadPartnerFile,
  type CanonicalField,
  type Mapping,
  type Upload,
} from '../../api/index.ts';

/**
 * Upload of a partner's file, then its mapping: each column of the header with the first rows,
 * and the canonical field it feeds (proposed from the saved mapping or the usual French headers,
 * limited to the agreement's fields), editable before the import starts.
 */
export function ImportPanel({
  agreementId,
  fields,
  onStarted,
}: {
  agreementId: string;
  fields: CanonicalField[];
  onStarted: (importId: string) => void;
}) {
  const [partner, setPartner] = useState('');
  const [file, setFile] = useState<File | undefined>();
  const [upload, setUpload] = useState<Upload | undefined>();
  const [mapping, setMapping] = useState<Mapping>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (file === undefined) return;
    setBusy(true);
    setError(undefined);
    uploadPartnerFile(file, partner)
      .then(
        (answer) => {
          setUpload(answer);
          setMapping(answer.mapping);
        },
        (e: Error) => setError(e.message),
      )
      .finally(() => setBusy(false));
  };

  const confirm = () => {
    if (upload === undefined) return;
    setBusy(true);
    setError(undefined);
    startImport({
      uploadId: upload.uploadId,
      agreementId,
      partner,
      fileName: upload.fileName,
      mapping,
    })
      .then(
        ({ id }) => {
          setUpload(undefined);
          onStarted(id);
        },
        (e: Error) => setError(e.message),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section aria-labelledby="importer">
      <h2 id="importer">Importer un fichier</h2>
      {upload === undefined ? (
        <form onSubmit={send}>
          <Input
            label="Source du fichier"
            hintText="Par exemple « Bailleur Est Métropole » : la correspondance des colonnes est retenue pour elle."
            nativeInputProps={{
              required: true,
              value: partner,
              onChange: (e) => setPartner(e.target.value),
            }}
          />
          <Input
            label="Fichier CSV ou XLSX"
            hintText="Séparateur , ; ou tabulation ; UTF-8 ou Windows-1252. La première colonne est l’identifiant chez le partenaire."
            nativeInputProps={{
              type: 'file',
              required: true,
              accept: '.csv,.txt,.xlsx',
              onChange: (e) => setFile(e.target.files?.[0]),
            }}
          />
          <Button type="submit" disabled={busy}>
            Déposer et vérifier les colonnes
          </Button>
        </form>
      ) : (
        <div>
          <p>
            {upload.fileName} ({upload.format.toUpperCase()}) : vérifiez à quel champ correspond
            chaque colonne. La première colonne, « {upload.header[0]} », est l’identifiant.
          </p>
          <div className="fr-table">
            <table>
              <caption>Correspondance des colonnes et premières lignes</caption>
              <thead>
                <tr>
                  <th scope="col">Colonne</th>
                  <th scope="col">Champ</th>
                  <th scope="col">Premières valeurs</th>
                </tr>
              </thead>
              <tbody>
                {upload.header.slice(1).map((column, index) => (
                  <tr key={column}>
                    <th scope="row">{column}</th>
                    <td>
                      <Select
                        // The row header already names the column: the label is for screen readers.
                        label={
                          <span className="fr-sr-only">{`Champ de la colonne « ${column} »`}</span>
                        }
                        nativeSelectProps={{
                          value: mapping[column] ?? '',
                          onChange: (e) =>
                            setMapping((current) => ({
                              ...current,
                              [column]: e.target.value === '' ? null : e.target.value,
                            })),
                        }}
                      >
                        <option value="">Colonne ignorée</option>
                        {fields.map((field) => (
                          <option key={field.name} value={field.name}>
                            {field.label}
                          </option>
                        ))}
                      </Select>
                    </td>
                    <td>{upload.rows.map((row) => row[index + 1] ?? '').join(' · ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button onClick={confirm} disabled={busy}>
            Lancer l’import
          </Button>{' '}
          <Button priority="secondary" onClick={() => setUpload(undefined)}>
            Annuler
          </Button>
        </div>
      )}
      {error !== undefined && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
