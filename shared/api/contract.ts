import type { z } from 'zod';
import { backupsContract } from './backupsContract';
import { campaignsContract } from './campaignsContract';
import { changeLogContract } from './changeLogContract';
import { channelsContract } from './channelsContract';
import { costImportsContract } from './costImportsContract';
import { costsContract } from './costsContract';
import { exportsContract } from './exportsContract';
import { reviewContract } from './reviewContract';
import { growthContract } from './growthContract';
import { historyContract } from './historyContract';
import { hostContract } from './hostContract';
import { importsContract } from './importsContract';
import { organisationsContract } from './organisationsContract';
import { peopleContract } from './peopleContract';
import { registerContract } from './registerContract';
import { snapshotsContract } from './snapshotsContract';
import { viewsContract } from './viewsContract';
import type { MethodSpec } from './method';

/** The one API of Kanalenregister: every adapter serves it, the renderer only speaks it. */
export const contract = {
  ...registerContract,
  ...backupsContract,
  ...channelsContract,
  ...organisationsContract,
  ...peopleContract,
  ...changeLogContract,
  ...historyContract,
  ...viewsContract,
  ...importsContract,
  ...snapshotsContract,
  ...growthContract,
  ...campaignsContract,
  ...costsContract,
  ...costImportsContract,
  ...exportsContract,
  ...reviewContract,
  ...hostContract,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type HostMethod = keyof typeof hostContract;
export type CoreMethod = Exclude<Method, HostMethod>;

type SpecOf<M extends Method> = Contract[M];
/** What a caller passes (before defaults and trimming). */
export type Input<M extends Method> = z.input<SpecOf<M>['input']>;
/** What a handler receives (after validation). */
export type ParsedInput<M extends Method> = z.output<SpecOf<M>['input']>;
export type Output<M extends Method> = SpecOf<M> extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
