import type { Input } from '../../../shared/api/contract';
import type { ChannelEditableField } from '../../../shared/domain/channel';

type Patch = Input<'channels.update'>['patch'];

/** An editor's raw value ('' for empty; codes and ids for selects) as the patch the core expects. */
export function patchFor(field: ChannelEditableField, value: string): Patch {
  const empty = value.trim() === '';
  switch (field) {
    case 'createdByWebmasters':
      return { createdByWebmasters: empty ? null : value === 'yes' };
    case 'status':
      return { status: empty ? null : (value as Patch['status']) };
    case 'platform':
      return { platform: value as NonNullable<Patch['platform']> };
    case 'kind':
      return { kind: value as NonNullable<Patch['kind']> };
    case 'name':
      return { name: value };
    default:
      return { [field]: empty ? null : value };
  }
}
