import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { CollegeNote } from '../../../shared/domain/collegeNote';
import { invoke } from '../../api/client';
import { draftFromNote, noteFromDraft, type NoteDraft } from './noteDraft';

export type NoteStatus = 'saved' | 'reset' | null;

/**
 * The college-note texts of this export: loaded from the register's template, edited in the
 * form, optionally saved back as the template (one undo step, done by the core).
 */
export function useNoteDraft(generation: number) {
  const [template, setTemplate] = useState<CollegeNote | null>(null);
  const [draft, setDraft] = useState<NoteDraft | null>(null);
  /** Changes whenever the draft is replaced as a whole, so fields that keep their own text (dates) start over. */
  const [version, setVersion] = useState(0);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<NoteStatus>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void invoke('exports.noteTemplate.get', {}).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setTemplate(result.value);
      setDraft(draftFromNote(result.value));
      setVersion((v) => v + 1);
      setError(null);
      setStatus(null);
    });
    return () => {
      cancelled = true;
    };
  }, [generation]);

  const edit = (next: NoteDraft) => {
    setDraft(next);
    setStatus(null);
  };

  const saveAsTemplate = async () => {
    if (!draft || busy) return;
    setBusy(true);
    const result = await invoke('exports.noteTemplate.save', { note: noteFromDraft(draft) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setTemplate(result.value);
    setError(null);
    setStatus('saved');
  };

  const resetToTemplate = () => {
    if (!template) return;
    setDraft(draftFromNote(template));
    setVersion((v) => v + 1);
    setError(null);
    setStatus('reset');
  };

  return { draft, version, error, status, busy, edit, saveAsTemplate, resetToTemplate };
}

export type NoteDraftModel = ReturnType<typeof useNoteDraft>;
