import { CHANNEL_KINDS, CHANNEL_STATUSES, PLATFORMS } from '../../../../shared/domain/channel';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { Person } from '../../../../shared/domain/person';
import type { EditorKind } from './gridColumns';

/** The words of the channel grid's choice lists, in the current language. */
export interface EditorLabels {
  platforms: Record<string, string>;
  statuses: Record<string, string>;
  kinds: Record<string, string>;
  none: string;
  yes: string;
  no: string;
  unknown: string;
  inactive: string;
}

/** The choices of a select editor as [value, label] pairs; null for free-text editors. */
export function editorOptions(
  kind: EditorKind,
  labels: EditorLabels,
  organisations: Organisation[],
  people: Person[],
): Array<[string, string]> | null {
  switch (kind) {
    case 'platform':
      return PLATFORMS.map((p) => [p, labels.platforms[p] ?? p]);
    case 'kind':
      return CHANNEL_KINDS.map((k) => [k, labels.kinds[k] ?? k]);
    case 'status':
      return [
        ['', labels.statuses.unknown ?? ''],
        ...CHANNEL_STATUSES.map((s): [string, string] => [s, labels.statuses[s] ?? s]),
      ];
    case 'yesNo':
      return [
        ['', labels.unknown],
        ['yes', labels.yes],
        ['no', labels.no],
      ];
    case 'organisation':
      return [['', labels.none], ...organisations.map((o): [string, string] => [o.id, o.name])];
    case 'person':
      return [
        ['', labels.none],
        ...people.map((p): [string, string] => [p.id, p.active ? p.name : `${p.name} (${labels.inactive})`]),
      ];
    default:
      return null;
  }
}
