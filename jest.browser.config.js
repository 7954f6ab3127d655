/** Browser tests (`npm run test:browser`): the real app driven by Debian's Chromium through playwright-core. */
const base = require('./jest.config');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testRegex: '\\.browser-spec\\.ts$',
  testTimeout: 60_000,
};
