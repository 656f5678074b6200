/**
 * The custom-elements manifest (custom-elements.json) is generated from the
 * elements' JSDoc and Lit decorators: `pnpm analyze:cem` writes it, and
 * `pnpm check:cem` fails when the committed copy is stale. Storybook reads it
 * for its controls and docs tables.
 */
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';

/**
 * Candour registers elements through `defineElement(tag, Class)` (which
 * tolerates a second copy on the page), not `customElements.define` directly,
 * so the analyzer would not link tag names to classes on its own.
 */
function candourDefineElement() {
  return {
    name: 'candour-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      let module = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
        if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === klass.text)) {
          module = `${posix.join(posix.dirname(moduleDoc.path), statement.moduleSpecifier.text)}.ts`;
        }
      }
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } }];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // `defineElement` itself calls `customElements.define(tag, ctor)`: not a real definition.
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
        // The manifest describes the public API: what a supplier may set, call or style.
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
          // `dispatchEvent(new CandourErrorEvent(…))` gives an event without a name; the @fires tags name them all.
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/i18n/**', 'src/ssr/**', 'src/**/build/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [candourDefineElement()],
  // globby lists files in whatever order the file system answers; sort them so the output is stable.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((file) => ts.createSourceFile(file, readFileSync(resolve(file), 'utf8'), ts.ScriptTarget.ES2015, true)),
};
