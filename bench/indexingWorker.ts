/**
 * Indexes a generated workspace of seeds in a process of its own, so that its peak memory is not
 * mixed with the rest of the benchmark, and prints the result as JSON.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseRegistry } from '../server/src/core/entities/registry';
import { benchIndexing } from './entityBench';
import { repoRoot } from './inputs';

const count = Number(process.argv[2] ?? 10_000);
const registry = parseRegistry(readFileSync(path.join(repoRoot, 'seeds/entities.yaml'), 'utf8')).entries;
void benchIndexing(count, registry).then((result) => process.stdout.write(JSON.stringify(result)));
