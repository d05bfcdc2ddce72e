// (b) Opening a .tf file with two resources and a module lists them in the Outline view by their addresses.
import { strict as assert } from 'node:assert';
import { openFile, runCommand, scanList, screenshot, workbench } from './workbench';

describe('outline', () => {
  it('lists the resources and the module of main.tf by address', async () => {
    await openFile('main.tf');
    await screenshot('main.tf open');
    await runCommand('Explorer: Focus on Outline View');
    const outline = workbench().locator('.pane', { has: workbench().locator('.pane-header', { hasText: /outline/i }) });
    const labels = await scanList(
      'aws_s3_bucket.logs, aws_sqs_queue.events and module.network in the outline',
      outline.locator('.monaco-list'),
      (rows) => ['aws_s3_bucket.logs', 'aws_sqs_queue.events', 'module.network'].every((l) => rows.some((r) => r.includes(l))),
    );
    await screenshot('outline lists resources and module');
    // Nothing from another file (broken.tf, the module's own resources) leaks into this file's outline.
    assert.ok(!labels.some((r) => r.includes('aws_iam_role') || r.includes('aws_vpc')), `outline: ${labels.join(' | ')}`);
  });
});
