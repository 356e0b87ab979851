// Replaces the live site directory with a freshly built one in two renames, so a
// reader sees either the old site or the new one, never half of each.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

export async function swapInto(fresh: string, live: string): Promise<void> {
  const previous = `${live}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(live)) await rename(live, previous);
  try {
    await rename(fresh, live);
  } catch (error) {
    // Put the old site back before reporting.
    if (existsSync(previous) && !existsSync(live)) await rename(previous, live);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
