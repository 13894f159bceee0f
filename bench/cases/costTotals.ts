// costs.overview (totals per year, category, organisation, channel; recurring lines spread over the
// days they pay for) against one raw GROUP BY of the cost lines per organisation and year.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { openAppSession } from '../appSession';
import type { BenchCase } from './benchCase';

export const costTotalsCase: BenchCase = {
  id: 'cost-totals',
  name: 'cost totals per organisation per year',
  target: { maxRatio: 2, text: '<= 2x' },
  uses: ['main'],
  async prepare({ registers, scratch, sizes }) {
    const app = await openAppSession(join(scratch, 'data'), registers.main);
    const raw = new Database(registers.main, { readonly: true });
    // A channel's line counts for the channel's organisation; a shared line for its own.
    const totals = raw.prepare(
      `SELECT coalesce(l.organisation_id, c.organisation_id) AS organisation_id, substr(l.start_date, 1, 4) AS year,
              sum(l.amount_cents) AS cents
         FROM cost_lines l LEFT JOIN channels c ON c.id = l.channel_id
        WHERE l.deleted_at IS NULL AND l.start_date BETWEEN '2016-01-01' AND '2025-12-31'
        GROUP BY 1, 2`,
    );
    return {
      warmup: true,
      repetitions: sizes.repsLight,
      details: {
        costLines: sizes.costLines,
        note: 'the app spreads recurring lines over the days they pay for; the GROUP BY only sums start dates',
      },
      app: {
        run: async () => {
          const overview = await app.call('costs.overview', { fromYear: 2016, toYear: 2025, asOf: '2025-12-31' });
          return overview.byOrganisation.length;
        },
      },
      baseline: { run: () => totals.all().length },
      close: () => {
        raw.close();
        app.close();
      },
    };
  },
};
