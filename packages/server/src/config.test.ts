import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('loadConfig accepted an invalid configuration');
}

describe('loadConfig', () => {
  it('has a default for everything, PGlite in ./data, port 3000, demo on', () => {
    expect(loadConfig({})).toEqual({
      NODE_ENV: 'development',
      HOST: 'localhost',
      PORT: 3000,
      ZNR_DATA_DIR: './data',
      ZNR_UPLOAD_MAX_MB: 2048,
      LOG_LEVEL: 'info',
      ZNR_DEMO: true,
      ZNR_TRUST_PROXY: false,
      ZNR_SESSION_HOURS: 12,
      ZNR_LOGIN_MAX_ATTEMPTS: 10,
      ZNR_DB_POOL_SIZE: 20,
      ZNR_REFERRAL_REMINDER_DAYS: 7,
    });
  });

  it('reads the variables it knows and ignores the others', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/znr',
      ZNR_TRUST_PROXY: 'true',
      HOME: '/root',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/znr',
      ZNR_TRUST_PROXY: true,
    });
    expect(config).not.toHaveProperty('HOME');
  });

  it('turns the demo off in production unless ZNR_DEMO=true', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).ZNR_DEMO).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', ZNR_DEMO: 'true' }).ZNR_DEMO).toBe(true);
    expect(loadConfig({ ZNR_DEMO: '0' }).ZNR_DEMO).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ PORT: 3000 });
    expect(loadConfig({ DATABASE_URL: '' })).not.toHaveProperty('DATABASE_URL');
  });

  it('fails fast, naming every bad variable and the reason in French', () => {
    expect(problems({ PORT: 'trois-mille', DATABASE_URL: 'mysql://db/znr', ZNR_DEMO: 'oui' })).toBe(
      [
        'Configuration invalide :',
        '  - PORT : un numéro de port est attendu',
        '  - DATABASE_URL : URL PostgreSQL attendue (postgres://…)',
        '  - ZNR_DEMO : valeur attendue : true ou false',
      ].join('\n'),
    );
  });

  it('explains range and enumeration errors', () => {
    expect(problems({ PORT: '70000' })).toContain(
      'PORT : le port doit être compris entre 0 et 65535',
    );
    expect(problems({ NODE_ENV: 'staging' })).toContain(
      'NODE_ENV : valeur non reconnue ; valeurs possibles : development, production, test',
    );
  });
});
