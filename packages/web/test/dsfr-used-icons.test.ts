import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUsedIcons, keepUsedIconRules } from '../build-tools/dsfr-used-icons.ts';

const require = createRequire(import.meta.url);
const iconsCss = readFileSync(
  require.resolve('@codegouvfr/react-dsfr/dsfr/utility/icons/icons.min.css'),
  'utf8',
);

describe('keepUsedIconRules on the real DSFR icon stylesheet', () => {
  it('keeps exactly the rules of the icons asked for, with their SVG paths', () => {
    const css = keepUsedIconRules(iconsCss, new Set(['fr-icon-logout-box-r-line']));
    const rules = css.split('\n').filter((line) => line.includes('{'));
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatch(
      /^\.fr-icon-logout-box-r-line:after,\.fr-icon-logout-box-r-line:before\{/,
    );
    expect(rules[0]).toContain('url(../../icons/system/logout-box-r-line.svg)');
    expect(css.length).toBeLessThan(iconsCss.length / 100);
  });

  it('keeps nothing when no icon is used', () => {
    expect(
      keepUsedIconRules(iconsCss, new Set())
        .split('\n')
        .filter((l) => l.includes('{')),
    ).toEqual([]);
  });
});

describe('findUsedIcons', () => {
  it('finds the icons named in the web sources, and every one exists in the DSFR', () => {
    const used = findUsedIcons(fileURLToPath(new URL('../src', import.meta.url)));
    expect(used).toContain('fr-icon-logout-box-r-line');
    for (const icon of used) expect(iconsCss, icon).toContain(`.${icon}:before`);
  });
});
