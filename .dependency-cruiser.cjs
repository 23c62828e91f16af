/**
 * Import boundaries of ../shared/ARCHITECTURE.md, checked in CI (`npm run boundaries`).
 * Each rule names a layer and what it must not import.
 */
const NODE_BUILTINS = '^(node:)?(fs|fs/promises|path|process|child_process|http|https|net|zlib|os|worker_threads|url|readline|stream)$';

module.exports = {
  forbidden: [
    {
      name: 'base-is-the-bottom',
      severity: 'error',
      from: { path: '^src/base/' },
      to: { path: '^src/(?!base/)' },
    },
    {
      name: 'doc-needs-base-only',
      severity: 'error',
      from: { path: '^src/doc/' },
      to: { path: '^src/(?!base/|doc/)' },
    },
    {
      name: 'pipeline-needs-base-doc',
      severity: 'error',
      from: { path: '^src/pipeline/' },
      to: { path: '^src/(?!base/|doc/|pipeline/)' },
    },
    {
      name: 'lang-needs-base-only',
      severity: 'error',
      from: { path: '^src/lang/' },
      to: { path: '^src/(?!base/|lang/)' },
    },
    {
      name: 'components-stay-below-app',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/(app|cli|http|read|store)/' },
    },
    {
      name: 'components-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/components/([^/]+)/' },
      to: { path: '^src/components/', pathNot: ['^src/components/$1/', '^src/components/common/'] },
      comment: 'Shared logic moves down into base/ or lang/ (as the normalizer did), or into components/common/ when it reads document layers (the token view).',
    },
    {
      name: 'common-imports-no-component',
      severity: 'error',
      from: { path: '^src/components/common/' },
      to: { path: '^src/components/(?!common/)' },
    },
    {
      name: 'read-needs-base-doc-lang',
      severity: 'error',
      from: { path: '^src/read/' },
      to: { path: '^src/(?!base/|doc/|lang/|read/)' },
    },
    {
      name: 'only-entry-points-use-app',
      severity: 'error',
      from: { path: '^src/(?!app/|cli/|http/)' },
      to: { path: '^src/app/' },
    },
    {
      name: 'nlp-core-has-no-io',
      severity: 'error',
      comment: 'base, doc, pipeline, lang and components run in workers, tests and the browser: no fs, process or network.',
      from: { path: '^src/(base|doc|pipeline|lang|components)/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'], path: NODE_BUILTINS },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
