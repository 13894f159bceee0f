import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChannelListQuery } from '../../../shared/domain/channel';
import { PLATFORMS } from '../../../shared/domain/channel';
import { Register } from '../../../src-main/core/register/register';
import { onCleanup, tempDir, testAuthor, useTempDirs } from '../../helpers/tempRegister';

useTempDirs();

/**
 * How fast the grid's list query is on 100,000 channels. Slow to seed (about half a minute), so
 * it runs only when asked: KANALENREGISTER_PERF=1 npx vitest run --project unit channelListPerformance
 */
const CHANNELS = 100_000;
const RUNS = 7;

function seed(path: string): void {
  const register = Register.create(path, testAuthor());
  const db = register.db;
  const now = new Date().toISOString();
  const words = ['Mechelen', 'Bibliotheek', 'Cultuur', 'Jeugd', 'Toerisme', 'Sport', 'Erfgoed', 'Musea', 'Stadsarchief', 'Wijk'];
  const statuses = ['active', 'passive', 'dormant', 'to_remove', 'removed', null];
  db.transaction(() => {
    const organisations = Array.from({ length: 200 }, (_, i) => {
      const id = randomUUID();
      db.prepare(`INSERT INTO organisations (id, name, kind, created_at, updated_at) VALUES (?, ?, 'stadsdienst', ?, ?)`).run(
        id,
        `Dienst ${words[i % words.length]} ${i}`,
        now,
        now,
      );
      return id;
    });
    const people = Array.from({ length: 1000 }, (_, i) => {
      const id = randomUUID();
      db.prepare(`INSERT INTO people (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(
        id,
        `Persoon ${i} Één`,
        now,
        now,
      );
      return id;
    });
    const channel = db.prepare(
      `INSERT INTO channels (id, kind, platform, name, handle, url, organisation_id, responsible_person_id, status, notes, created_at, updated_at)
       VALUES (?, 'social', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const snapshot = db.prepare(
      `INSERT INTO follower_snapshots (id, channel_id, date, count, metric, created_at, updated_at) VALUES (?, ?, ?, ?, 'followers', ?, ?)`,
    );
    for (let i = 0; i < CHANNELS; i += 1) {
      const id = randomUUID();
      const name = `${words[i % words.length]} ${words[(i * 7) % words.length]} kanaal ${i}`;
      channel.run(
        id,
        PLATFORMS[i % PLATFORMS.length],
        name,
        `@handle${i}`,
        `https://www.facebook.com/kanaal${i}`,
        i % 5 === 0 ? null : organisations[i % organisations.length],
        i % 3 === 0 ? null : people[i % people.length],
        statuses[i % statuses.length],
        i % 4 === 0 ? `notitie over ${words[(i * 3) % words.length]} en café` : null,
        now,
        now,
      );
      if (i % 2 === 0) {
        snapshot.run(randomUUID(), id, '2014-09-02', (i * 37) % 10_000, now, now);
        snapshot.run(randomUUID(), id, '2015-09-02', (i * 53) % 20_000, now, now);
      }
    }
  })();
  register.close();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe.runIf(process.env.KANALENREGISTER_PERF === '1')('channels.list on 100,000 channels', () => {
  it('answers a page of 200 in well under 100 ms', () => {
    const path = join(tempDir(), 'groot.sqlite');
    let started = performance.now();
    seed(path);
    const seeded = performance.now() - started;
    started = performance.now();
    const register = Register.open(path, testAuthor());
    onCleanup(() => register.close());
    const opened = performance.now() - started;
    console.log(
      `seeded ${CHANNELS} channels in ${seeded.toFixed(0)} ms; first open (fills folded columns) ${opened.toFixed(0)} ms`,
    );

    const filter = {
      statuses: ['active' as const, 'none' as const],
      platforms: ['facebook' as const, 'twitter' as const, 'website' as const],
    };
    const queries: Record<string, ChannelListQuery> = {
      'by name': { sort: [{ field: 'name', desc: false }], limit: 200 },
      'by latestCount desc': { sort: [{ field: 'latestCount', desc: true }], limit: 200 },
      'by latestCount asc': { sort: [{ field: 'latestCount', desc: false }], limit: 200 },
      'filter + search, by name': { filters: filter, search: 'mechelen', sort: [{ field: 'name', desc: false }], limit: 200 },
      'filter + search, by latestCount': {
        filters: filter,
        search: 'mechelen',
        sort: [{ field: 'latestCount', desc: true }],
        limit: 200,
      },
      'search "eeN" (person), by name': { search: 'een', sort: [{ field: 'name', desc: false }], limit: 200 },
      'search two words': { search: 'cultuur cafe', limit: 200 },
      'contains filter on name': { filters: { name: 'sport' }, limit: 200 },
      'by organisation name': { sort: [{ field: 'organisationName', desc: false }], limit: 200 },
      'group by organisation, by name': { groupBy: 'organisation', sort: [{ field: 'name', desc: false }], limit: 200 },
      'group by status + filter + search': { groupBy: 'status', filters: filter, search: 'mechelen', limit: 200 },
      'page at offset 50,000 by name': { sort: [{ field: 'name', desc: false }], offset: 50_000, limit: 200 },
    };
    const results: Record<string, number> = {};
    for (const [label, query] of Object.entries(queries)) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const start = performance.now();
        const list = register.channels.list(query);
        times.push(performance.now() - start);
        total = list.total;
        expect(list.rows.length).toBeLessThanOrEqual(200);
      }
      results[label] = median(times);
      console.log(`${label.padEnd(40)} ${median(times).toFixed(1).padStart(7)} ms (total ${total})`);
    }
    for (const [label, ms] of Object.entries(results)) expect(ms, label).toBeLessThan(100);

    // Writes keep the derived columns and indexes up to date: they must stay quick too.
    const some = register.channels.list({ limit: 1000 }).rows.map((r) => r.id);
    const time = (label: string, work: () => unknown) => {
      const start = performance.now();
      work();
      const ms = performance.now() - start;
      console.log(`${label.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms`);
      return ms;
    };
    expect(
      time('update one channel', () => register.channels.update(some[0]!, { name: 'Hernoemd kanaal', status: 'active' })),
    ).toBeLessThan(100);
    expect(time('checkUrl', () => register.channels.checkUrl('https://www.facebook.com/kanaal10'))).toBeLessThan(100);
    time('paste 100 lines (50 new)', () =>
      register.channels.paste(
        some
          .slice(0, 100)
          .map((id, i) =>
            i % 2 === 0
              ? { id, cells: { status: 'Slapend' } }
              : { id: null, cells: { name: `Nieuw ${i}`, url: `https://x.com/nieuw${i}` } },
          ),
      ),
    );
    time('bulk update 1,000 channels', () => register.channels.bulkUpdate(some, { status: 'passive' }));
    time('undo the bulk update', () => register.history.undo());
    time('history.state', () => register.history.state());
  }, 300_000);
});
