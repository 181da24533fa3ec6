import tseslint from 'typescript-eslint';

// Each folder keeps its lane: data flows one way, flags + profile + invitation +
// prompts → Answers → core → Plan → messages → deliver (docs/architecture.md).
// Paths are relative because the sources import each other relatively.
const EDGE = ['**/run.js', '**/report.js', '**/cli.js', '**/main.js', '**/demo.js'];
const lane = (files, patterns) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  lane(
    ['src/core/**/*.ts'],
    [
      { group: ['node:*', 'fs', 'path', 'child_process'], message: 'core is pure: no IO.' },
      {
        group: ['../*', '!../core'],
        message: 'core never imports downstream: it returns codes, the edges choose words.',
      },
    ],
  ),
  lane(
    ['src/locales/**/*.ts'],
    [
      {
        group: ['../*', '!../core'],
        message: 'locales hold words only: they import core types and nothing else.',
      },
      {
        group: ['../core/*'],
        allowTypeImports: true,
        message: 'locales import only types from core.',
      },
    ],
  ),
  lane(
    ['src/messages/**/*.ts'],
    [
      {
        group: ['**/deliver/**', '**/prompts/**', ...EDGE],
        message: 'messages never reach downstream (deliver) nor back to the edges (prompts, run).',
      },
    ],
  ),
  lane(
    ['src/deliver/**/*.ts'],
    [
      {
        group: ['**/prompts/**', ...EDGE],
        message: 'deliver never asks questions nor reaches back to the run.',
      },
    ],
  ),
  {
    // (The core rule, so the lanes' typescript-eslint rule above stays whole.)
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'date-fns',
              message:
                "import each function from its own file ('date-fns/addDays'): the index has the build parse all 300 of date-fns' modules for every bundle.",
            },
          ],
        },
      ],
    },
  },
  lane(
    ['src/prompts/**/*.ts'],
    [
      {
        group: [
          '../deliver/*',
          '!../deliver/index.js',
          ...EDGE.filter((p) => p !== '**/report.js'),
        ],
        message: 'prompts never import the run, nor deliver beyond its index.',
      },
    ],
  ),
);
