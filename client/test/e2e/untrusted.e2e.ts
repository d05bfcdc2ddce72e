// An UNTRUSTED workspace (workspace trust on, "Don't trust" chosen): the same drift fixture and a running emulator,
// yet nothing is scanned: the emulator sees zero requests, no diagnostic of drift appears and no audit log is
// written, while the outline still works.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { emulatorAdmin, languageStatus, openFile, poll, problems, runCommand, scanList, screenshot, workbench, workspaceDir } from './workbench';

interface Counters {
  total: number;
  byOperation: Record<string, number>;
}

describe('untrusted workspace', () => {
  it('opens in Restricted Mode when the user does not trust the folder', async () => {
    const p = workbench();
    // code-server asks at start; answer "No, I don't trust the authors" when asked.
    const dialog = p.locator('.monaco-dialog-box');
    if (await dialog.isVisible().catch(() => false)) {
      await screenshot('workspace trust prompt');
      await dialog.getByRole('button', { name: /don.t trust/i }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await p.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor();
    await screenshot('restricted mode');
  });

  it('still lists the resources in the outline', async () => {
    await openFile('main.tf');
    await runCommand('Explorer: Focus on Outline View');
    const outline = workbench().locator('.pane', { has: workbench().locator('.pane-header', { hasText: /outline/i }) });
    await scanList(
      'aws_s3_bucket.logs and aws_sns_topic.alerts in the outline',
      outline.locator('.monaco-list'),
      (rows) => ['aws_s3_bucket.logs', 'aws_sns_topic.alerts'].every((l) => rows.some((r) => r.includes(l))),
    );
    await screenshot('untrusted outline works');
  });

  it('scans nothing: the emulator saw zero requests, no drift diagnostic, no audit log', async () => {
    // The outline above proves the server has indexed the workspace; a trusted one would be scanning by now.
    const status = await poll('the Driftlog language status', languageStatus, (s) => /Driftlog/.test(s));
    assert.doesNotMatch(status, /drifted|in sync|scanning/, `no scan result in an untrusted workspace: ${status}`);
    const rows = await problems();
    assert.ok(!rows.some((t) => /drift\//.test(t)), `no drift diagnostics: ${rows.join(' | ')}`);
    await screenshot('untrusted no drift problems');
    const counters = await emulatorAdmin<Counters>('counters');
    assert.equal(counters.total, 0, `the emulator saw requests: ${JSON.stringify(counters.byOperation)}`);
    assert.equal(existsSync(join(workspaceDir(), '.driftlog')), false, 'no audit log was written');
  });
});
