// Worker threads do not inherit the TypeScript loader of the main thread: register tsx first.
import { register } from 'tsx/esm/api';

register();
await import('./rules-worker.ts');
