import { fr } from '@codegouvfr/react-dsfr';
import { usePageTitle } from '../../app/page-title.ts';
import { BilanFlow } from './bilan-flow.tsx';
import { publicContact } from './contact.ts';

/** /simulateur: the same bilan for people themselves, without an account; nothing leaves the browser. */
export function SimulatorPage() {
  usePageTitle('Simulateur d’aides');
  return (
    <>
      <h1>Simulateur d’aides</h1>
      <p className={`${fr.cx('fr-text--lead')} znr-no-print`}>
        Quelques questions sur votre foyer, vos revenus et votre logement pour savoir à quelles
        aides vous pourriez avoir droit. Vos réponses restent dans ce navigateur : rien n’est
        envoyé.
      </p>
      <BilanFlow contact={publicContact} drafts={null} />
    </>
  );
}
