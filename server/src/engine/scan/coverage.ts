// Coverage: how much of a workspace Driftlog can check against live AWS, by Terraform type. From the configuration
// alone (`driftlog coverage`: resource blocks, no state, no cloud call) and from a scan's results (instances: the
// summary line of `driftlog scan` and the report's `coverage`).
import { mappingFor, whyUnsupportedPhrase } from '../mapping/index';
import type { ResourceInfo } from '../index/model';
import type { ReportCoverage, ResourceResult } from './types';

export interface TypeCoverage {
  type: string;
  /** Resource blocks (coverage of the configuration) or instances (of a scan) of the type. */
  count: number;
  /** The CloudFormation type it is checked as; absent when it is not checked. */
  cloudType?: string;
  /** Why it is not checked, as a phrase (`not mapped to a Cloud Control type yet`). */
  reason?: string;
}

export interface Coverage {
  /** Resources of AWS provider types (aws_*, awscc_*): the share is of these. */
  aws: number;
  /** Of those, the ones Driftlog checks. */
  checkable: number;
  /** Resources of other providers (random_*, null_*, tls_* ...): never checked, not in the share. */
  other: number;
  /** Per type, most resources first. */
  types: TypeCoverage[];
}

export const isAwsType = (type: string): boolean => type.startsWith('aws_') || type.startsWith('awscc_');

function tally(entries: Iterable<{ type: string }>): Coverage {
  const by = new Map<string, TypeCoverage>();
  for (const e of entries) {
    let t = by.get(e.type);
    if (!t) {
      const m = mappingFor(e.type);
      t = { type: e.type, count: 0, ...(m ? { cloudType: m.cloudType } : { reason: whyUnsupportedPhrase(e.type) ?? "" }) };
      by.set(e.type, t);
    }
    t.count++;
  }
  const types = [...by.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  const aws = types.filter((t) => isAwsType(t.type));
  return {
    aws: aws.reduce((n, t) => n + t.count, 0),
    checkable: aws.filter((t) => t.cloudType).reduce((n, t) => n + t.count, 0),
    other: types.filter((t) => !isAwsType(t.type)).reduce((n, t) => n + t.count, 0),
    types,
  };
}

/** Coverage of managed resource blocks of a configuration. */
export function coverageOfResources(resources: Iterable<ResourceInfo>): Coverage {
  const out: { type: string }[] = [];
  for (const r of resources) if (r.mode === 'managed') out.push({ type: r.type });
  return tally(out);
}

/** Coverage of a scan's resources (live resources nothing claims are not the workspace's, and are left out). */
export function coverageOfResults(results: Iterable<ResourceResult>): Coverage {
  const out: { type: string }[] = [];
  for (const r of results) if (r.status !== 'unmanaged') out.push({ type: r.type });
  return tally(out);
}

/** `93.3%`: one decimal, never 100% unless all are. */
export function percent(part: number, whole: number): string {
  if (whole === 0) return '100%';
  const p = Math.floor((part / whole) * 1000) / 10;
  return `${p}%`;
}

/** A scan report's coverage: the counts, and the types not checked with the reason. */
export function reportCoverage(c: Coverage): ReportCoverage {
  return {
    aws: c.aws,
    checked: c.checkable,
    other: c.other,
    unchecked: c.types.filter((t) => !t.cloudType).map((t) => ({ type: t.type, count: t.count, reason: t.reason ?? '' })),
  };
}

/** The summary line of a report's coverage: `coverage: 140 of 150 AWS resources checked (93.3%); not checked: ...`. */
export function reportCoverageLine(c: ReportCoverage): string {
  const aws = c.unchecked.filter((t) => isAwsType(t.type));
  const parts = [`coverage: ${c.checked} of ${c.aws} AWS resource${c.aws === 1 ? '' : 's'} checked (${percent(c.checked, c.aws)})`];
  if (aws.length) parts.push(`not checked: ${aws.map((t) => `${t.type} (${t.count})`).join(', ')}`);
  if (c.other) parts.push(`${c.other} resource${c.other === 1 ? '' : 's'} of other providers`);
  return parts.join('; ');
}
