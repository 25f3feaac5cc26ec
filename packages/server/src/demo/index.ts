// The public door of the demo feature: what the rest of the server may use of it.
export { DEMO_CAF_LOGIN } from './seed-demo-cases.ts';
export { DEMO_AGREEMENT_TITLE, DEMO_BAILLEUR_LOGIN } from './seed-demo-reperage.ts';
export {
  DEMO_ACCOUNTS,
  DEMO_LOGINS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_TERRITORY_NAME,
  type DemoLogin,
  type DemoSeedResult,
  hasDemoTerritory,
  seedDemo,
} from './seed-demo.ts';
