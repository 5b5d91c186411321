import { isApiError } from './problem';
import { randomUuid } from './uuid';

/**
 * One form's submissions, each sent with an Idempotency-Key. The server answers a repeated key with the
 * response it made the first time, so:
 * - a second tap while a submission is in flight joins it instead of sending again;
 * - after a failure whose outcome is unknown (no answer, 5xx, 429), submitting the same values again
 *   reuses the key, so a submission the server did take is not made twice;
 * - after an answer (success, or a refusal such as 400 or 409) or with changed values, the next
 *   submission is a new attempt with a new key.
 */
export class IdempotentSubmission<B, R> {
  private attempt: { key: string; fingerprint: string } | null = null;
  private inFlight: Promise<R> | null = null;

  constructor(
    private readonly send: (body: B, idempotencyKey: string) => Promise<R>,
    private readonly newKey: () => string = randomUuid,
  ) {}

  /** True while a submission waits for its answer. */
  get busy(): boolean {
    return this.inFlight !== null;
  }

  submit(body: B): Promise<R> {
    if (this.inFlight) return this.inFlight;
    const fingerprint = JSON.stringify(body);
    if (!this.attempt || this.attempt.fingerprint !== fingerprint) {
      this.attempt = { key: this.newKey(), fingerprint };
    }
    const attempt = this.attempt;
    const sent = this.send(body, attempt.key).then(
      (result) => {
        this.settle(attempt);
        return result;
      },
      (error: unknown) => {
        const unknownOutcome = !isApiError(error) || error.outcomeUnknown;
        if (!unknownOutcome) this.settle(attempt);
        throw error;
      },
    );
    this.inFlight = sent.finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private settle(attempt: { key: string }): void {
    if (this.attempt === attempt) this.attempt = null;
  }
}
