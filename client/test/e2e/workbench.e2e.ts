// (a) The workbench loads with the fixture workspace, and the Driftlog extension is installed and active.
import { strict as assert } from 'node:assert';
import { poll, runCommand, scanList, screenshot, workbench } from './workbench';

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
    const editor = workbench().locator('.runtime-extensions-editor');
    // The view is a snapshot: while Driftlog still says "Activating...", close it and open it again.
    const driftlogRow = async (): Promise<string> => {
      if (await editor.isVisible()) {
        await workbench().keyboard.press('Escape');
        await editor.waitFor({ state: 'hidden' });
      }
      await runCommand('Developer: Show Running Extensions');
      await editor.locator('.monaco-list-row').first().waitFor({ timeout: 60_000 });
      const rows = await scanList("Driftlog's row in Running Extensions", editor.locator('.monaco-list'), (texts) =>
        texts.some((t) => /^\s*Driftlog\b/.test(t)),
      );
      return rows.find((t) => /^\s*Driftlog\b/.test(t))!;
    };
    try {
      const text = await poll("Driftlog's activation to finish", driftlogRow, (t) => !/Activating/i.test(t));
      await screenshot('running extensions lists Driftlog');
      // An activated extension shows its activation time ("Activation: 260ms"); a failed one an error.
      assert.match(text, /Activation:\s*\d+\s*ms/, `Driftlog's row shows no activation time: ${JSON.stringify(text)}`);
      assert.doesNotMatch(text, /fail|error/i, `Driftlog's activation failed: ${JSON.stringify(text)}`);
    } finally {
      // Close the modal editor whatever happened, so the next specs see the workbench.
      if (await editor.isVisible()) await workbench().keyboard.press('Escape');
      await editor.waitFor({ state: 'hidden' });
    }
  });
});
