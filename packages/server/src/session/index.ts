// The public door of the session feature: what the rest of the server may use of it.
export { sessionRoutes } from './routes.ts';
