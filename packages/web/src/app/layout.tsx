import { fr } from '@codegouvfr/react-dsfr';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Outlet } from 'react-router';
import { AppFooter } from './app-footer.tsx';
import { AppHeader } from './app-header.tsx';
import { useFocusOnNavigation } from './focus-on-navigation.ts';

/** The frame of every page: skip links, header, main content, footer (RGAA 12.6 landmarks). */
export function Layout() {
  useFocusOnNavigation();
  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Pied de page', anchor: '#pied-de-page' },
        ]}
      />
      <AppHeader />
      <main id="contenu" tabIndex={-1} className={fr.cx('fr-container', 'fr-pt-4w', 'fr-pb-8w')}>
        <Outlet />
      </main>
      <AppFooter />
    </>
  );
}
