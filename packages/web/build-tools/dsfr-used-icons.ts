// The DSFR icon utility stylesheet declares about 1,500 icons (210 kB). The app uses a handful, and
// the offline bilan will cache every byte it ships, so the build keeps only the rules of the icons
// that our source names. An icon name must appear whole in the source (`'fr-icon-user-line'`), never
// assembled from pieces, or this filter cannot see it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const ICONS_STYLESHEET = /react-dsfr\/dsfr\/utility\/icons\/icons\.min\.css$/;
const ICON_CLASS = /\bfr-icon-[a-z0-9]+(?:-[a-z0-9]+)*/g;

/** Every `fr-icon-*` class named in the `.ts`/`.tsx` files under `sourceDir`. */
export function findUsedIcons(sourceDir: string): Set<string> {
  const used = new Set<string>();
  for (const entry of readdirSync(sourceDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const text = readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
    for (const match of text.matchAll(ICON_CLASS)) used.add(match[0]);
  }
  return used;
}

/**
 * Keeps the rules of `css` whose selectors all belong to one of the `used` icons; drops the rest,
 * including the empty media blocks and the licence comment that the DSFR build leaves there.
 */
export function keepUsedIconRules(css: string, used: ReadonlySet<string>): string {
  const kept: string[] = [];
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selectors = (rule[1] ?? '').replace(/\/\*[\s\S]*?\*\//g, '').trim();
    const classes = selectors.match(ICON_CLASS);
    if (classes && classes.every((name) => used.has(name))) kept.push(`${selectors}{${rule[2]}}`);
  }
  return `/* DSFR v1 icons (MIT), filtered to the icons used by @znr/web */\n${kept.join('\n')}\n`;
}

/** Vite plugin: rewrites the DSFR icon stylesheet to the icons found in `sourceDir`. */
export function dsfrUsedIcons(sourceDir: string): Plugin {
  return {
    name: 'znr-dsfr-used-icons',
    enforce: 'pre',
    transform(code, id) {
      if (!ICONS_STYLESHEET.test(id.split('?')[0] ?? '')) return null;
      return { code: keepUsedIconRules(code, findUsedIcons(sourceDir)), map: null };
    },
  };
}
