// Prints the aws_* types of the table, comma-separated (for `tf-schema.mjs --types=`).
import { tableTypes } from '../../server/src/engine/mapping/index';

process.stdout.write(tableTypes().sort().join(',') + '\n');
