/**
 * Registers the service worker of the built app (precached app, offline bilan). Not in development:
 * Vite serves modules one by one there, and a cache would hide the edits.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app still works online; nothing to tell the user.
    });
  });
}
