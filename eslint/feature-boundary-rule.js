// The server is cut by feature over a kernel (ARCHITECTURE.md, « packages/server/src »): the kernel
// knows no feature, and a feature reaches another only through that feature's index.ts, so that a
// feature's files can move or change without breaking its neighbours. Every top folder of the
// source root must be declared as one or the other.
import path from 'node:path';

/** @type {import('eslint').Rule.RuleModule} */
export const featureBoundaryRule = {
  meta: {
    type: 'problem',
    messages: {
      kernel:
        'Le noyau ({{from}}/) ne dépend d’aucune fonctionnalité : « {{source}} » est dans {{to}}/.',
      door: 'Passez par la porte de {{to}}/ ({{to}}/index.ts), pas par « {{source}} ».',
      unknown:
        'Dossier « {{folder}}/ » inconnu : déclarez-le comme noyau ou fonctionnalité (eslint.config.js et ARCHITECTURE.md).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          kernel: { type: 'array', items: { type: 'string' } },
          features: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'kernel', 'features'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { root, kernel, features } = context.options[0];
    const sourceRoot = path.resolve(context.cwd, root);
    /** The top folder of a path under the source root; undefined for a file at its top. */
    const topFolder = (file) => {
      const parts = path.relative(sourceRoot, file).split(path.sep);
      return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
    };
    const file = path.resolve(context.cwd, context.filename);
    const from = topFolder(file);
    const fromKernel = from !== undefined && kernel.includes(from);

    function check(node) {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const to = topFolder(target);
      if (to === undefined || to === from || !features.includes(to)) return;
      const data = { from, to, source };
      if (fromKernel) context.report({ node: node.source, messageId: 'kernel', data });
      else if (target !== path.join(sourceRoot, to, 'index.ts'))
        context.report({ node: node.source, messageId: 'door', data });
    }

    return {
      Program(node) {
        if (from !== undefined && !kernel.includes(from) && !features.includes(from))
          context.report({ node, messageId: 'unknown', data: { folder: from } });
      },
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
