import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

// Whether the user has pressed a key or pointed at something since the page loaded. Redirects
// that happen on their own at start-up (to /connexion) must not move the focus: the first Tab
// should still reach the skip links.
let userHasInteracted = false;
const markInteraction = () => {
  userHasInteracted = true;
};
document.addEventListener('keydown', markInteraction, { capture: true, once: true });
document.addEventListener('pointerdown', markInteraction, { capture: true, once: true });

/**
 * After a navigation the user caused, moves focus to the new page's main heading, as a full page
 * load would reset it: keyboard and screen-reader users then start reading the new content, not
 * the control they just used.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (!userHasInteracted) return;
    const main = document.getElementById('contenu');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [pathname]);
}
