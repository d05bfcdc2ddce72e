// Mocha root hooks for the real-editor specs: one browser and one workbench page for the whole run, and a
// screenshot of the window whenever a test fails.
import { closeWorkbench, openWorkbench, screenshot } from './workbench';

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(180_000);
    await openWorkbench();
    await screenshot('workbench loaded');
  },
  async afterEach(this: Mocha.Context) {
    const test = this.currentTest;
    if (test?.state === 'failed') await screenshot(`FAILED ${test.fullTitle()}`).catch(() => undefined);
  },
  async afterAll() {
    await closeWorkbench();
  },
};
