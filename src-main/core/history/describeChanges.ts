/** A short text in both languages, e.g. "3 kanalen: status" / "3 channels: status". */
export interface Description {
  nl: string;
  en: string;
}

interface Change {
  entity: string;
  entityId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** What the entities are called, singular and plural. */
const ENTITY_NAMES: Record<string, { nl: [string, string]; en: [string, string] }> = {
  channel: { nl: ['kanaal', 'kanalen'], en: ['channel', 'channels'] },
  organisation: { nl: ['organisatie', 'organisaties'], en: ['organisation', 'organisations'] },
  person: { nl: ['persoon', 'personen'], en: ['person', 'people'] },
  snapshot: { nl: ['telling', 'tellingen'], en: ['count', 'counts'] },
  savedView: { nl: ['weergave', 'weergaven'], en: ['view', 'views'] },
  campaign: { nl: ['campagne', 'campagnes'], en: ['campaign', 'campaigns'] },
  campaignChannel: { nl: ['campagnekanaal', 'campagnekanalen'], en: ['campaign channel', 'campaign channels'] },
  costLine: { nl: ['kostenlijn', 'kostenlijnen'], en: ['cost line', 'cost lines'] },
  budget: { nl: ['budget', 'budgetten'], en: ['budget', 'budgets'] },
  reviewDecision: { nl: ['beslissing nazicht', 'beslissingen nazicht'], en: ['review decision', 'review decisions'] },
  reviewSettings: { nl: ['instellingen nazicht', 'instellingen nazicht'], en: ['review settings', 'review settings'] },
  noteTemplate: {
    nl: ['sjabloon collegenota', 'sjablonen collegenota'],
    en: ['college note template', 'college note templates'],
  },
};

/** Field names as the user sees them (the grid's column titles). */
const FIELD_NAMES: Record<string, Description> = {
  name: { nl: 'naam', en: 'name' },
  kind: { nl: 'soort', en: 'kind' },
  platform: { nl: 'platform', en: 'platform' },
  handle: { nl: 'account', en: 'handle' },
  url: { nl: 'URL', en: 'URL' },
  organisationId: { nl: 'organisatie', en: 'organisation' },
  responsiblePersonId: { nl: 'verantwoordelijke', en: 'responsible person' },
  status: { nl: 'status', en: 'status' },
  audience: { nl: 'doelgroep', en: 'audience' },
  purpose: { nl: 'doel', en: 'purpose' },
  createdByWebmasters: { nl: 'aangemaakt door webmasters', en: 'created by webmasters' },
  notes: { nl: 'notities', en: 'notes' },
  lastActivityOn: { nl: 'laatste activiteit', en: 'last activity' },
  hasPosted: { nl: 'ooit gepost', en: 'ever posted' },
  passwordsCentralised: { nl: 'wachtwoorden centraal', en: 'passwords kept centrally' },
  eventEndedOn: { nl: 'einde evenement/project', en: 'event/project ended' },
  reviewedOn: { nl: 'laatst nagekeken', en: 'last reviewed' },
  state: { nl: 'beslissing', en: 'decision' },
  reason: { nl: 'reden', en: 'reason' },
  ownerPersonId: { nl: 'eigenaar', en: 'owner' },
  dueDate: { nl: 'tegen', en: 'due date' },
  recommendation: { nl: 'aanbeveling', en: 'recommendation' },
  fingerprint: { nl: 'gegevens', en: 'data' },
  parentId: { nl: 'hoort bij', en: 'part of' },
  email: { nl: 'e-mail', en: 'e-mail' },
  phone: { nl: 'telefoon', en: 'phone' },
  role: { nl: 'rol', en: 'role' },
  active: { nl: 'actief', en: 'active' },
  definition: { nl: 'instellingen', en: 'settings' },
  date: { nl: 'datum', en: 'date' },
  count: { nl: 'aantal', en: 'count' },
  metric: { nl: 'maatstaf', en: 'metric' },
  source: { nl: 'bron', en: 'source' },
  startDate: { nl: 'begindatum', en: 'start date' },
  endDate: { nl: 'einddatum', en: 'end date' },
  description: { nl: 'beschrijving', en: 'description' },
  colour: { nl: 'kleur', en: 'colour' },
  channelId: { nl: 'kanaal', en: 'channel' },
  category: { nl: 'categorie', en: 'category' },
  amountCents: { nl: 'bedrag', en: 'amount' },
  vatIncluded: { nl: 'btw inbegrepen', en: 'VAT included' },
  recurrence: { nl: 'herhaling', en: 'recurrence' },
  supplier: { nl: 'leverancier', en: 'supplier' },
  reference: { nl: 'referentie', en: 'reference' },
  year: { nl: 'jaar', en: 'year' },
  texts: { nl: 'teksten', en: 'texts' },
};

export function entityName(entity: string, count: number): Description {
  const names = ENTITY_NAMES[entity];
  if (!names) return { nl: entity, en: entity };
  const index = count === 1 ? 0 : 1;
  return { nl: names.nl[index], en: names.en[index] };
}

export function fieldName(field: string): Description {
  return FIELD_NAMES[field] ?? { nl: field, en: field };
}

interface EntitySummary {
  created: Set<string>;
  deleted: Set<string>;
  restored: Set<string>;
  updated: Set<string>;
  fields: string[];
}

/**
 * Describes one batch for the undo and redo buttons: per kind of record, how many were added,
 * changed (and which fields), deleted or restored. "3 kanalen: status",
 * "2 kanalen toegevoegd; 5 kanalen: naam, status".
 */
export function describeChanges(changes: readonly Change[]): Description {
  const summaries = new Map<string, EntitySummary>();
  for (const change of changes) {
    let summary = summaries.get(change.entity);
    if (!summary) {
      summary = { created: new Set(), deleted: new Set(), restored: new Set(), updated: new Set(), fields: [] };
      summaries.set(change.entity, summary);
    }
    if (change.field === 'created') summary.created.add(change.entityId);
    else if (summary.created.has(change.entityId))
      continue; // the fields of a new record are part of "added"
    else if (change.field === 'deletedAt') (change.newValue === null ? summary.restored : summary.deleted).add(change.entityId);
    else {
      summary.updated.add(change.entityId);
      if (!summary.fields.includes(change.field)) summary.fields.push(change.field);
    }
  }
  const parts: Description[] = [];
  for (const [entity, summary] of summaries) {
    const counted = (ids: Set<string>, nl: string, en: string) => {
      if (ids.size === 0) return;
      const name = entityName(entity, ids.size);
      parts.push({ nl: `${ids.size} ${name.nl} ${nl}`, en: `${ids.size} ${name.en} ${en}` });
    };
    counted(summary.created, 'toegevoegd', 'added');
    if (summary.updated.size > 0) {
      const name = entityName(entity, summary.updated.size);
      const fields = summary.fields.map(fieldName);
      parts.push({
        nl: `${summary.updated.size} ${name.nl}: ${fields.map((f) => f.nl).join(', ')}`,
        en: `${summary.updated.size} ${name.en}: ${fields.map((f) => f.en).join(', ')}`,
      });
    }
    counted(summary.deleted, 'verwijderd', 'deleted');
    counted(summary.restored, 'teruggezet', 'restored');
  }
  if (parts.length === 0) return { nl: 'geen wijzigingen', en: 'no changes' };
  return { nl: parts.map((p) => p.nl).join('; '), en: parts.map((p) => p.en).join('; ') };
}
