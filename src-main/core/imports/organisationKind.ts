import { normaliseLabel } from '../../../shared/domain/channelCells';
import { ORGANISATION_KIND_LABELS } from '../../../shared/domain/labels';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../shared/domain/organisation';

const EXTRA: Record<string, OrganisationKind> = {
  dienst: 'stadsdienst',
  stad: 'stadsdienst',
  'stedelijke dienst': 'stadsdienst',
  'city service': 'stadsdienst',
  department: 'stadsdienst',
  'autonoom gemeentebedrijf': 'agb',
  'autonomous municipal company': 'agb',
  'extern verzelfstandigd agentschap': 'eva',
  agency: 'eva',
  partner: 'partnerproject',
  project: 'partnerproject',
  'partner project': 'partnerproject',
  ander: 'other',
  overig: 'other',
  overige: 'other',
};

const TABLE = new Map<string, OrganisationKind>();
for (const kind of ORGANISATION_KINDS) {
  TABLE.set(normaliseLabel(kind), kind);
  TABLE.set(normaliseLabel(ORGANISATION_KIND_LABELS[kind].nl), kind);
  TABLE.set(normaliseLabel(ORGANISATION_KIND_LABELS[kind].en), kind);
}
for (const [text, kind] of Object.entries(EXTRA)) TABLE.set(normaliseLabel(text), kind);

/** "AGB", "EVA", "Stadsdienst", "Partnerproject", "Andere" and common spellings; undefined when not recognised. */
export function parseOrganisationKind(text: string): OrganisationKind | undefined {
  return TABLE.get(normaliseLabel(text));
}
