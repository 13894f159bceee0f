// channels.list on the wide register: a filter, a sort and a page of 200 rows, against the raw SQL
// that selects the same page (and counts the matches, as the grid needs the total).
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openAppSession } from '../appSession';
import type { BenchCase } from './benchCase';

const PLATFORMS = ['facebook', 'instagram', 'twitter'] as const;
const STATUSES = ['active', 'passive'] as const;

export const channelListCase: BenchCase = {
  id: 'channel-list',
  name: 'channel list page: sort + filter + 200 rows of 100,000 channels',
  target: { maxRatio: 1.5, maxAppMs: 100, text: '<= 1.5x, and < 100 ms' },
  uses: ['wide'],
  async prepare({ registers, scratch, sizes }) {
    const app = await openAppSession(join(scratch, 'data'), registers.wide);
    const raw = new Database(registers.wide, { readonly: true });
    const where = `c.deleted_at IS NULL AND c.platform IN ('facebook', 'instagram', 'twitter') AND c.status IN ('active', 'passive')`;
    const page = raw.prepare(
      `SELECT c.id, c.kind, c.platform, c.name, c.handle, c.url, c.organisation_id, c.responsible_person_id, c.status,
              c.audience, c.purpose, c.created_by_webmasters, c.notes, c.created_at, c.updated_at, c.deleted_at,
              c.last_activity_on, c.has_posted, c.passwords_centralised, c.event_ended_on, c.reviewed_on,
              o.name AS organisation_name, o.kind AS organisation_kind, p.name AS person_name,
              c.latest_count, c.latest_metric, c.latest_date
         FROM channels c
         LEFT JOIN organisations o ON o.id = c.organisation_id
         LEFT JOIN people p ON p.id = c.responsible_person_id
        WHERE ${where}
        ORDER BY c.latest_count DESC NULLS LAST, c.id
        LIMIT 200`,
    );
    const count = raw.prepare(`SELECT count(*) FROM channels c WHERE ${where}`).pluck();
    const total = count.get() as number;
    return {
      warmup: true,
      repetitions: sizes.repsLight,
      details: { channels: sizes.wideChannels, matching: total, pageRows: 200 },
      app: {
        run: async () => {
          const list = await app.call('channels.list', {
            filters: { platforms: [...PLATFORMS], statuses: [...STATUSES] },
            sort: [{ field: 'latestCount', desc: true }],
            offset: 0,
            limit: 200,
          });
          return `${list.total}:${list.rows.map((row) => row.id).join(',')}`;
        },
      },
      baseline: {
        run: () => {
          const rows = page.all() as Array<{ id: string }>;
          return `${count.get() as number}:${rows.map((row) => row.id).join(',')}`;
        },
      },
      check: (a, b) => (a === b ? null : 'the app and the SQL returned different pages or totals'),
      close: () => {
        raw.close();
        app.close();
      },
    };
  },
};
