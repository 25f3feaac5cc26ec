// The public door of the calculate feature: what the rest of the server may use of it.
export { calculateRoutes } from './routes.ts';
