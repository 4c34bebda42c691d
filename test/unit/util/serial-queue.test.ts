import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../../../lib/core/serial-queue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('createSerialQueue', () => {
  it('starts each task only after the previous one settled, in queue order', async () => {
    const queue = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      queue(task('a', 5)),
      queue(task('b', 0)),
      queue(task('c', 1)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('gives a failure to its own caller and still runs the tasks after it', async () => {
    const queue = createSerialQueue();
    const failed = queue(async () => {
      await tick();
      throw new Error('quota exceeded');
    });
    const next = queue(async () => 'written');
    await expect(failed).rejects.toThrow('quota exceeded');
    await expect(next).resolves.toBe('written');
  });

  it('keeps separate queues independent', async () => {
    const first = createSerialQueue();
    const second = createSerialQueue();
    const log: string[] = [];
    const slow = first(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      log.push('slow');
    });
    await second(async () => {
      log.push('fast');
    });
    await slow;
    expect(log).toEqual(['fast', 'slow']);
  });
});
