import type { CollegeNote } from '../../../shared/domain/collegeNote';

/** An article being edited: the key keeps each text area (and its focus) with its text while articles move. */
export interface DraftArticle {
  key: number;
  text: string;
}

/** The college note as the form edits it. */
export type NoteDraft = Omit<CollegeNote, 'articles'> & { articles: DraftArticle[] };

let nextKey = 0;

export function newArticle(text = ''): DraftArticle {
  nextKey += 1;
  return { key: nextKey, text };
}

export function draftFromNote(note: CollegeNote): NoteDraft {
  return { ...note, articles: note.articles.map((text) => newArticle(text)) };
}

export function noteFromDraft(draft: NoteDraft): CollegeNote {
  return { ...draft, articles: draft.articles.map((article) => article.text) };
}

/** The list with the article at `from` moved to `to`. */
export function moveArticle(articles: DraftArticle[], from: number, to: number): DraftArticle[] {
  const next = [...articles];
  const [moved] = next.splice(from, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
