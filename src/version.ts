/** Kept equal to package.json's version by test/cli.test.ts. */
export const VERSION = '0.1.0';
export const TOOL = { name: 'tosei', version: VERSION } as const;
export const DOCS_BASE_URL = 'https://github.com/tosei-dev/tosei/blob/main/docs/rules';
