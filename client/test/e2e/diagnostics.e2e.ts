// (c) A file with a syntax error shows a squiggle, and the Problems panel lists it with source `driftlog` and
// code `hcl-syntax`.
import { strict as assert } from 'node:assert';
import { activeEditor, FEATURE_TIMEOUT, openFile, poll, runCommand, screenshot, workbench } from './workbench';

describe('syntax diagnostics', () => {
  it('underlines the syntax error in broken.tf', async () => {
    await openFile('broken.tf');
    await activeEditor().locator('.squiggly-error').first().waitFor({ timeout: FEATURE_TIMEOUT });
    await screenshot('broken.tf shows a squiggle');
  });

  it('lists the error in the Problems panel with source driftlog and code hcl-syntax', async () => {
    await runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const panel = workbench().locator('.markers-panel');
    const rows = await poll(
      'a driftlog(hcl-syntax) problem in broken.tf',
      () => panel.locator('.monaco-list-row').allInnerTexts(),
      (texts) => texts.some((t) => t.includes('driftlog') && t.includes('hcl-syntax')),
    );
    await screenshot('problems panel lists the hcl-syntax error');
    const all = rows.join('\n');
    assert.match(all, /broken\.tf/, `the problem is grouped under broken.tf:\n${all}`);
    assert.ok(!/main\.tf/.test(all), `main.tf is valid and has no problem:\n${all}`);
  });
});
