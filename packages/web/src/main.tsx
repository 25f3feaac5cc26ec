// Entry point. The DSFR stylesheets are bundled by Vite (fonts and icons included), so the app is
// served entirely from our own origin: it works offline and under a CSP without inline scripts.
import '@codegouvfr/react-dsfr/dsfr/dsfr.min.css';
import '@codegouvfr/react-dsfr/dsfr/utility/icons/icons.min.css';
import './styles/app.css';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Link, RouterProvider } from 'react-router';
import { createRouter } from './app/router.tsx';
import { registerServiceWorker } from './app/service-worker.ts';

declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

startReactDsfr({ defaultColorScheme: 'system', Link });
registerServiceWorker();

const container = document.getElementById('racine');
if (!container) throw new Error('Élément #racine absent de index.html.');

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);
