import { z } from 'zod';
import type { HistoryState } from '../domain/history';
import { method } from './method';

/** Undo / redo of whole user actions, kept in the register so they survive a restart. */
export const historyContract = {
  'history.state': method<HistoryState>()(z.object({}).strict()),
  'history.undo': method<HistoryState>()(z.object({}).strict()),
  'history.redo': method<HistoryState>()(z.object({}).strict()),
} as const;
