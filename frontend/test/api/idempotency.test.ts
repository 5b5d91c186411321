import { describe, expect, it, vi } from 'vitest';
import { IdempotentSubmission } from '../../src/api/idempotency';
import { ApiError } from '../../src/api/problem';
import { randomUuid } from '../../src/api/uuid';
import { deferred } from '../support/fake-server';

function refusal(status: number): ApiError {
  return new ApiError({ status, errors: [], raw: {} });
}

function keys() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('IdempotentSubmission', () => {
  it('joins a second tap to the submission in flight', async () => {
    const answer = deferred<string>();
    const send = vi.fn(() => answer.promise);
    const submission = new IdempotentSubmission(send, keys());

    const first = submission.submit({ pickupPoint: 'A' });
    const second = submission.submit({ pickupPoint: 'A' });
    answer.resolve('response-1');

    expect(await first).toBe('response-1');
    expect(await second).toBe('response-1');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('reuses the key when the same submission is retried after no answer', async () => {
    const send = vi
      .fn<(body: object, key: string) => Promise<string>>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('offline')))
      .mockRejectedValueOnce(refusal(503))
      .mockResolvedValueOnce('response-1');
    const submission = new IdempotentSubmission(send, keys());

    await expect(submission.submit({ message: 'hi' })).rejects.toThrow();
    await expect(submission.submit({ message: 'hi' })).rejects.toThrow();
    await expect(submission.submit({ message: 'hi' })).resolves.toBe('response-1');

    expect(send.mock.calls.map(([, key]) => key)).toEqual(['key-1', 'key-1', 'key-1']);
  });

  it('uses a new key after an answer: a refusal or a success', async () => {
    const send = vi
      .fn<(body: object, key: string) => Promise<string>>()
      .mockRejectedValueOnce(refusal(400))
      .mockResolvedValueOnce('response-1')
      .mockResolvedValueOnce('response-2');
    const submission = new IdempotentSubmission(send, keys());

    await expect(submission.submit({ message: 'hi' })).rejects.toThrow();
    await submission.submit({ message: 'hi' });
    await submission.submit({ message: 'hi' });

    expect(send.mock.calls.map(([, key]) => key)).toEqual(['key-1', 'key-2', 'key-3']);
  });

  it('uses a new key when the values changed after a failure', async () => {
    const send = vi
      .fn<(body: object, key: string) => Promise<string>>()
      .mockRejectedValueOnce(ApiError.network(new TypeError('offline')))
      .mockResolvedValueOnce('response-1');
    const submission = new IdempotentSubmission(send, keys());

    await expect(submission.submit({ message: 'hi' })).rejects.toThrow();
    await submission.submit({ message: 'hello' });

    expect(send.mock.calls.map(([, key]) => key)).toEqual(['key-1', 'key-2']);
  });

  it('makes random version 4 UUIDs by default', async () => {
    const send = vi.fn((_body: object, key: string) => Promise.resolve(key));
    const submission = new IdempotentSubmission(send);

    const key1 = await submission.submit({ a: 1 });
    const key2 = await submission.submit({ a: 1 });

    expect(key1).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(key2).not.toBe(key1);
    expect(randomUuid()).not.toBe(randomUuid());
  });
});
