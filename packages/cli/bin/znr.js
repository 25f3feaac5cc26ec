#!/usr/bin/env node
// The CLI runs the TypeScript sources through tsx, so `npx znr` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
