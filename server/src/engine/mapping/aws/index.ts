// The aws_* table: one file per area, merged here. To add a type, see ../README.md.
import type { TableEntry } from '../types';
import { ENTRIES as compute } from './compute';
import { ENTRIES as databases } from './databases';
import { ENTRIES as devtools } from './devtools';
import { ENTRIES as ec2 } from './ec2';
import { ENTRIES as edge } from './edge';
import { ENTRIES as iam } from './iam';
import { ENTRIES as management } from './management';
import { ENTRIES as network } from './network';
import { ENTRIES as observability } from './observability';
import { ENTRIES as s3 } from './s3';

/** The table's files (areas), each with its entries. */
export const AWS_PARTS: Record<string, Record<string, TableEntry>> = { compute, databases, devtools, ec2, edge, iam, management, network, observability, s3 };

/** Every aws_* entry; a type named in two files is reported by the mapping test (DUPLICATES). */
export const AWS_TABLE: Record<string, TableEntry> = {};
export const DUPLICATES: string[] = [];
for (const [file, entries] of Object.entries(AWS_PARTS)) {
  for (const [t, e] of Object.entries(entries)) {
    if (Object.prototype.hasOwnProperty.call(AWS_TABLE, t)) DUPLICATES.push(`${t} (again in ${file}.ts)`);
    else AWS_TABLE[t] = e;
  }
}
