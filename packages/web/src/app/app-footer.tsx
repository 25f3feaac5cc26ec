import { Footer } from '@codegouvfr/react-dsfr/Footer';

/** The DSFR footer. Accessibility is declared "non conforme" until an RGAA audit says otherwise. */
export function AppFooter() {
  return (
    <Footer
      id="pied-de-page"
      accessibility="non compliant"
      accessibilityLinkProps={{ to: '/accessibilite' }}
      contentDescription="Zéro non-recours aide les territoires à repérer les personnes qui ne demandent pas les aides auxquelles elles ont droit, à faire le bilan de leurs droits et à les accompagner jusqu'à l'ouverture de ces droits."
      license={
        <>
          Sauf mention contraire, le code source de ce service est publié sous licence AGPL-3.0 ou
          ultérieure.
        </>
      }
    />
  );
}
