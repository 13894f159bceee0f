/**
 * The child of the crash test (crashRecovery.test.ts), bundled with esbuild and run with Node.
 * It opens (or creates) a register through the real core and makes edits until it is killed
 * with SIGKILL. Every edit is its own committed transaction through the services. Before each
 * call it writes an "intent" line, after the call returns a "done" line, both with
 * fs.writeSync(1, ...) so a line is in the pipe before the next edit starts: the parent then
 * knows every edit that committed, and the one that may have committed unreported.
 *
 * argv: <register path> <mode: open | create> <seed> <device id> <run tag>
 */
import { writeSync } from 'node:fs';
import type { CrashLine, CrashOp } from './crashProtocol';
import { BATCH_ROWS, CHANNEL_PREFIX, COUNT_DATES, crashRandom, type CrashRandom } from './crashProtocol';
import { Register } from '../../src-main/core/register/register';

function send(line: CrashLine): void {
  writeSync(1, `${JSON.stringify(line)}\n`);
}

interface Known {
  live: string[];
  deleted: string[];
}

/** The crash test's own channels in the file (earlier runs left them): the ones edits pick from. */
function knownChannels(register: Register): Known {
  const rows = register.db
    .prepare(`SELECT id, deleted_at AS deletedAt FROM channels WHERE name LIKE ? ORDER BY id`)
    .all(`${CHANNEL_PREFIX}%`) as Array<{ id: string; deletedAt: string | null }>;
  return { live: rows.filter((r) => !r.deletedAt).map((r) => r.id), deleted: rows.filter((r) => r.deletedAt).map((r) => r.id) };
}

function pick<T>(random: CrashRandom, items: readonly T[]): T {
  return items[Math.floor(random.next() * items.length)]!;
}

function remove(items: string[], id: string): void {
  const at = items.indexOf(id);
  if (at >= 0) items.splice(at, 1);
}

/** The next edit: a mix weighted towards small edits, with a 200-row batch now and then. */
function nextOp(random: CrashRandom, known: Known, tag: string, seq: number): CrashOp {
  const roll = random.next();
  if (known.live.length < 3 || roll < 0.15) {
    return { kind: 'createChannel', name: `${CHANNEL_PREFIX}${tag}-${seq}`, notes: `n-${tag}-${seq}` };
  }
  if (roll < 0.4) return { kind: 'updateNotes', id: pick(random, known.live), value: `u-${tag}-${seq}` };
  if (roll < 0.58) {
    return {
      kind: 'saveCount',
      channelId: pick(random, known.live),
      date: pick(random, COUNT_DATES),
      count: Math.floor(random.next() * 1_000_000),
    };
  }
  if (roll < 0.72) {
    return {
      kind: 'createCost',
      channelId: pick(random, known.live),
      amountCents: 1 + Math.floor(random.next() * 10_000_000),
      description: `k-${tag}-${seq}`,
    };
  }
  // Rare: a batch takes ~20 edits' time, and each adds BATCH_ROWS channels to the shared register.
  if (roll < 0.74) return { kind: 'batch', tag: `${tag}-${seq}` };
  if (roll < 0.88 || known.deleted.length === 0) return { kind: 'delete', id: pick(random, known.live) };
  return { kind: 'restore', id: pick(random, known.deleted) };
}

/** Runs one edit through the services; returns what the parent needs to find it again. */
function apply(register: Register, op: CrashOp, known: Known): Record<string, unknown> {
  switch (op.kind) {
    case 'createChannel': {
      const channel = register.channels.create({ kind: 'social', platform: 'facebook', name: op.name, notes: op.notes });
      known.live.push(channel.id);
      return { id: channel.id };
    }
    case 'updateNotes':
      register.channels.update(op.id, { notes: op.value });
      return {};
    case 'saveCount': {
      const result = register.snapshots.saveCounts({
        date: op.date,
        entries: [{ channelId: op.channelId, metric: 'followers', count: op.count }],
        onDuplicate: 'replace',
      });
      if (result.saved + result.replaced + result.kept !== 1 || result.problems.length > 0) {
        throw new Error(`saveCounts did not save: ${JSON.stringify(result)}`);
      }
      return {};
    }
    case 'createCost': {
      const line = register.costs.create({
        channelId: op.channelId,
        category: 'hosting',
        amountCents: op.amountCents,
        startDate: '2014-01-01',
        description: op.description,
      });
      return { id: line.id };
    }
    case 'batch': {
      // A paste of BATCH_ROWS new lines: one transaction, one undo step.
      const rows = Array.from({ length: BATCH_ROWS }, (_, i) => ({
        id: null,
        cells: { name: `batch-${op.tag}-${i}`, url: `https://www.facebook.com/batch${op.tag.replace(/\W/g, '')}x${i}` },
      }));
      const result = register.channels.paste(rows);
      if (result.created !== BATCH_ROWS || result.problems.length > 0) {
        throw new Error(`paste did not create ${BATCH_ROWS} rows: ${JSON.stringify(result.problems.slice(0, 3))}`);
      }
      return { batchId: result.batchId };
    }
    case 'delete':
      register.channels.delete([op.id]);
      remove(known.live, op.id);
      known.deleted.push(op.id);
      return {};
    case 'restore':
      register.channels.restore([op.id]);
      remove(known.deleted, op.id);
      known.live.push(op.id);
      return {};
  }
}

async function main(): Promise<void> {
  const [path, mode, seedText, deviceId, tag] = process.argv.slice(2);
  if (!path || (mode !== 'open' && mode !== 'create') || !seedText || !deviceId || !tag) {
    throw new Error('usage: crashChild <path> <open|create> <seed> <deviceId> <tag>');
  }
  const random = crashRandom(Number(seedText));
  const author = { deviceId, actor: 'crash-test' };
  send({ t: 'opening' });
  const started = Date.now();
  // `await` works whether opening is synchronous or becomes a promise.
  const register = mode === 'create' ? await Register.create(path, author) : await Register.open(path, author);
  send({ t: 'opened', ms: Date.now() - started });
  const known = knownChannels(register);
  for (let seq = 1; ; seq += 1) {
    const op = nextOp(random, known, tag, seq);
    send({ t: 'intent', seq, op });
    const result = apply(register, op, known);
    send({ t: 'done', seq, ...result });
  }
}

main().catch((error: unknown) => {
  // The parent treats any exit other than its own SIGKILL as a failure and shows this.
  writeSync(2, `crash child failed: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(3);
});
