import { IMPORT_FIELDS, type ImportField } from '../../../shared/domain/channelImport';
import { parseKind, parsePlatform } from '../../../shared/domain/channelCells';
import type { ImportFieldSet } from './columnMapping';
import { NOTES_HEADERS, ORGANISATION_HEADERS } from './commonHeaders';
import { headerMatcher } from './headerMatching';
import { parseOrganisationKind } from './organisationKind';

/**
 * The columns of an inventory spreadsheet: header names as inventories write them ("Naam van
 * het kanaal", "E-mail van de verantwoordelijke"); e-mail words beat the person words next to them.
 */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  name: [
    'naam',
    'name',
    'kanaal',
    'kanaalnaam',
    'naam kanaal',
    'account name',
    'accountnaam',
    'channel',
    'channel name',
    'titel',
    'title',
  ],
  kind: ['soort kanaal', 'kanaalsoort', 'kind', 'channel kind', 'website of sociale media', 'website or social media'],
  platform: [
    'platform',
    'medium',
    'kanaal type',
    'kanaaltype',
    'type kanaal',
    'netwerk',
    'sociaal netwerk',
    'social network',
    'network',
    'channel type',
  ],
  handle: ['handle', 'account', 'gebruikersnaam', 'username', 'user name', 'accountid', 'account id', '@'],
  url: ['url', 'link', 'adres', 'webadres', 'internetadres', 'website', 'web address', 'address', 'webpagina', 'webpage'],
  organisation: ORGANISATION_HEADERS,
  organisationKind: [
    'soort organisatie',
    'type organisatie',
    'organisatietype',
    'organisatiesoort',
    'organisation type',
    'organization type',
    'organisation kind',
    'type',
  ],
  responsiblePerson: [
    'verantwoordelijke',
    'contactpersoon',
    'beheerder',
    'owner',
    'responsible',
    'responsible person',
    'eigenaar',
    'contact',
    'beheerd door',
    'managed by',
  ],
  responsibleEmail: [
    'e mail verantwoordelijke',
    'e mail',
    'email',
    'mail',
    'e mailadres',
    'emailadres',
    'mailadres',
    'responsible email',
    'owner email',
    'email address',
  ],
  status: ['status', 'toestand', 'state'],
  audience: ['doelgroep', 'doelgroepen', 'publiek', 'doelpubliek', 'audience', 'target audience', 'target group'],
  purpose: ['doel', 'doelstelling', 'doelen', 'purpose', 'goal', 'objective'],
  createdByWebmasters: [
    'aangemaakt door webmasters',
    'aangemaakt door webmaster',
    'door webmasters',
    'webmasters',
    'created by webmasters',
    'created by webmaster',
  ],
  notes: NOTES_HEADERS,
};

export const CHANNEL_IMPORT_COLUMNS: ImportFieldSet<ImportField> = {
  fields: IMPORT_FIELDS,
  rowsOf: { nl: 'kanalen', en: 'channels' },
  headers: headerMatcher<ImportField>({
    synonyms: SYNONYMS,
    decidedByValues: {
      type: ['organisationKind', 'platform', 'kind'],
      soort: ['platform', 'organisationKind', 'kind'],
      categorie: ['platform', 'organisationKind', 'kind'],
      category: ['platform', 'organisationKind', 'kind'],
      soortkanaal: ['platform', 'kind'],
      typekanaal: ['platform', 'kind'],
      kanaaltype: ['platform', 'kind'],
      kanaalsoort: ['platform', 'kind'],
      channeltype: ['platform', 'kind'],
    },
    valueParsers: { platform: parsePlatform, organisationKind: parseOrganisationKind, kind: parseKind },
    preferred: ['e mail', 'email', 'mail', 'e mailadres', 'emailadres', 'mailadres'],
    atSign: 'handle',
  }),
};
