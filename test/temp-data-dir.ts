import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test file records turns and feedback into its own temporary DATA_DIR, never into the repository.
const dir = mkdtempSync(join(tmpdir(), 'jd-records-test-'));
process.env.DATA_DIR = dir;

const remove = () => rmSync(dir, { recursive: true, force: true });
afterAll(remove);
// A file whose tests are all skipped runs no hooks; the worker's exit still cleans up.
process.once('exit', remove);
