// Entry of a comparison worker thread: worker threads do not inherit the TypeScript loader of the
// main thread under Vitest, so each registers tsx before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
