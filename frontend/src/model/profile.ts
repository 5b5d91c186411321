import type { Worker } from '../api/types';

/**
 * Whether the profile says enough for notices aimed at some workers to find this one: the hometown,
 * the district they live in and their employment status (name aside). Without them only notices for
 * all workers reach the inbox.
 */
export function isProfileComplete(worker: Worker): boolean {
  return Boolean(worker.name && worker.hometown?.province && worker.district && worker.employmentStatus);
}
