// Files are kebab-case ASCII (STYLE.md §14): `forfait-logement.ts`, never `forfaitLogement.ts`.
import path from 'node:path';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;

/** @type {import('eslint').Rule.RuleModule} */
export const fileNameRule = {
  meta: {
    type: 'suggestion',
    messages: {
      kebab:
        'Nom de fichier « {{name}} » : utilisez le kebab-case ASCII (ex. forfait-logement.ts).',
    },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename);
        if (!KEBAB.test(name)) context.report({ node, messageId: 'kebab', data: { name } });
      },
    };
  },
};
