import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { PasswordInput } from '@codegouvfr/react-dsfr/blocks/PasswordInput';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/index.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useSession } from '../../session/session-context.tsx';
import {
  credentialErrorsFromIssues,
  credentialFieldOrder,
  validateCredentials,
} from './credentials.ts';
import type { CredentialErrors } from './credentials.ts';

type LocationState = { from?: string } | null;

const fieldIds = { email: 'connexion-email', password: 'connexion-mot-de-passe' } as const;

/** /connexion: the login form of professionals and volunteers. */
export function LoginPage() {
  const { state, login } = useSession();
  const navigate = useNavigate();
  const locationState = useLocation().state as LocationState;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<CredentialErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const hasErrors = formError !== null || Object.keys(fieldErrors).length > 0;
  usePageTitle(hasErrors ? 'Erreur — Connexion' : 'Connexion');

  // The alert appears after a failed attempt: move focus to it so that it is read at once.
  useEffect(() => {
    if (formError !== null) alertRef.current?.focus();
  }, [formError]);

  if (state.status === 'authenticated' && !submitting) return <Navigate to="/" replace />;

  const focusFirstInvalid = (errors: CredentialErrors) => {
    const first = credentialFieldOrder.find((field) => errors[field] !== undefined);
    if (first) document.getElementById(fieldIds[first])?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const credentials = { email: email.trim(), password };
    const errors = validateCredentials(credentials);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(errors);

    setSubmitting(true);
    try {
      await login(credentials);
      await navigate(locationState?.from ?? '/', { replace: true });
    } catch (error) {
      const apiError = error instanceof ApiError ? error : null;
      setFieldErrors(apiError ? credentialErrorsFromIssues(apiError.issues) : {});
      setFormError(error instanceof Error ? error.message : String(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
        <h1>Connexion à Zéro non-recours</h1>
        <p>
          Espace réservé aux professionnels et aux bénévoles des territoires zéro non-recours. Votre
          compte vous est ouvert par l'administrateur de votre territoire.
        </p>
        {state.status === 'anonymous' && state.loggedOut && formError === null && (
          <Alert
            className="fr-mb-3w"
            severity="success"
            small
            description="Vous êtes déconnecté."
          />
        )}
        {formError !== null && (
          <div ref={alertRef} tabIndex={-1} className="fr-mb-3w">
            <Alert severity="error" title="Connexion impossible" description={formError} />
          </div>
        )}
        <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Connexion">
          <fieldset className="fr-fieldset">
            <legend className="fr-fieldset__legend">Se connecter avec son compte</legend>
            <div className="fr-fieldset__element">
              <Input
                label="Adresse e-mail"
                hintText="Format attendu : nom@domaine.fr"
                state={fieldErrors.email ? 'error' : 'default'}
                stateRelatedMessage={fieldErrors.email}
                nativeInputProps={{
                  id: fieldIds.email,
                  name: 'email',
                  type: 'email',
                  autoComplete: 'username',
                  autoCapitalize: 'none',
                  spellCheck: false,
                  required: true,
                  'aria-invalid': fieldErrors.email ? true : undefined,
                  value: email,
                  onChange: (event) => setEmail(event.target.value),
                }}
              />
            </div>
            <div className="fr-fieldset__element">
              <PasswordInput
                label="Mot de passe"
                messagesHint=""
                messages={
                  fieldErrors.password ? [{ severity: 'error', message: fieldErrors.password }] : []
                }
                nativeInputProps={{
                  id: fieldIds.password,
                  name: 'password',
                  autoComplete: 'current-password',
                  required: true,
                  'aria-invalid': fieldErrors.password ? true : undefined,
                  value: password,
                  onChange: (event) => setPassword(event.target.value),
                }}
              />
            </div>
          </fieldset>
          {/* Not disabled while sending: a disabled button would drop the keyboard focus. */}
          <Button type="submit">{submitting ? 'Connexion en cours…' : 'Se connecter'}</Button>
        </form>
        <h2 className={fr.cx('fr-h5', 'fr-mt-6w')}>Vous cherchez vos droits ?</h2>
        <p>
          Le simulateur d'aides est ouvert à tous, sans compte ; vos réponses restent dans votre
          navigateur. <Link to="/simulateur">Estimer mes droits</Link>
        </p>
      </div>
    </div>
  );
}
