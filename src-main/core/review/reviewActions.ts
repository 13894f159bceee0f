import type { ReviewAction } from '../../../shared/domain/review';

/** The suggested actions as the college note words them (lower case: they open a sentence part). */
export const ACTION_WORDS: Record<ReviewAction, { nl: string; en: string }> = {
  keep: { nl: 'behouden', en: 'keep' },
  merge: { nl: 'samenvoegen', en: 'merge' },
  hand_over: { nl: 'overdragen', en: 'hand over' },
  archive: { nl: 'archiveren met de afsluitende vermelding', en: 'archive with the closing message' },
  delete: { nl: 'verwijderen', en: 'delete' },
  review: { nl: 'nakijken', en: 'review' },
};
