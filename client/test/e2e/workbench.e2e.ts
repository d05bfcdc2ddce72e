// (a) The workbench loads with the fixture workspace, and the Driftlog extension is installed and active.
import { strict as assert } from 'node:assert';
import { poll, runCommand, screenshot, workbench } from './workbench';

describe('workbench', () => {
  it('opens the fixture workspace in the explorer', async () => {
    const names = await poll(
      'main.tf and broken.tf in the explorer',
      () => workbench().locator('.explorer-folders-view .monaco-list-row').allInnerTexts(),
      (rows) => rows.some((r) => r.includes('main.tf')) && rows.some((r) => r.includes('broken.tf')),
    );
    assert.ok(names.some((r) => r.includes('modules')), `the modules folder is listed: ${names.join(', ')}`);
    await screenshot('explorer lists the fixture');
  });

  it('lists Driftlog among the running extensions, activated', async () => {
    await runCommand('Developer: Show Running Extensions');
    const row = workbench().locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Driftlog' });
    await row.first().waitFor({ timeout: 60_000 });
    await screenshot('running extensions lists Driftlog');
    const text = await row.first().innerText();
    // An activated extension shows its activation time ("Activation: ... ms"); an inactive one does not.
    assert.match(text, /\d+\s*ms/, `Driftlog's row shows no activation time: ${JSON.stringify(text)}`);
    await runCommand('View: Close Editor');
    await workbench().locator('.runtime-extensions-editor').waitFor({ state: 'hidden' });
  });
});
