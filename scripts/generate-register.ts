// Generates a synthetic register for measuring (deterministic): `node scripts/run-ts.mjs
// scripts/generate-register.ts <file.sqlite> [channels=100000]`. Goes through the core's
// services (one batch per 10,000 channels), so the file is exactly what the app writes.
import { randomUUID } from 'node:crypto';
import { CHANNEL_STATUSES, PLATFORMS } from '../shared/domain/channel';
import { Register } from '../src-main/core/register/register';

const [path, countArg] = process.argv.slice(2);
if (!path) {
  console.error('usage: generate-register.ts <file.sqlite> [channels]');
  process.exit(2);
}
const count = Number(countArg ?? 100_000);
let seed = 42;
const random = () => {
  // Mulberry32: the same register on every run.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

const started = Date.now();
const register = Register.create(path, { deviceId: randomUUID(), actor: 'generator' });
const organisations: string[] = [];
register.changeLog.batch((batch) => {
  for (let i = 0; i < 500; i += 1) {
    organisations.push(
      register.organisations.create(
        { name: `Organisatie ${i + 1}`, kind: pick(['stadsdienst', 'agb', 'eva', 'partnerproject'] as const) },
        batch,
      ).id,
    );
  }
});
const words = [
  'Mechelen',
  'Stad',
  'Cultuur',
  'Jeugd',
  'Sport',
  'Toerisme',
  'Bibliotheek',
  'Archief',
  'Museum',
  'Markt',
  'Zomer',
  'Winter',
  'Dijle',
  'Lamot',
  'Vesten',
];
for (let start = 0; start < count; start += 10_000) {
  register.changeLog.batch((batch) => {
    for (let i = start; i < Math.min(count, start + 10_000); i += 1) {
      const platform = pick(PLATFORMS.filter((p) => p !== 'other'));
      const name = `${pick(words)} ${pick(words)} ${i + 1}`;
      const channel = register.channels.create(
        {
          kind: platform === 'website' ? 'website' : 'social',
          platform,
          name,
          handle: platform === 'website' ? null : `kanaal${i + 1}`,
          url: platform === 'website' ? `https://www.voorbeeld${i + 1}.be` : `https://www.${platform}.com/kanaal${i + 1}`,
          organisationId: pick(organisations),
          status: random() < 0.2 ? null : pick(CHANNEL_STATUSES),
        },
        batch,
      );
      if (random() < 0.5) {
        register.snapshots.add(
          { channelId: channel.id, date: '2026-01-01', count: Math.floor(random() * 50_000), metric: 'followers' },
          batch,
        );
      }
    }
  });
}
register.close();
console.log(`${count} channels in ${path} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
