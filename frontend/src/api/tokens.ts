import type { Tokens } from './types';

/** What is kept of a sign-in's answer. */
export type KeptTokens = Pick<Tokens, 'accessToken' | 'refreshToken'> & Partial<Pick<Tokens, 'workerId'>>;

/** Where the worker's tokens live between visits. */
export interface TokenStore {
  readonly accessToken: string | null;
  readonly refreshToken: string | null;
  save(tokens: KeptTokens): void;
  clear(): void;
}

const ACCESS = 'fugong.accessToken';
const REFRESH = 'fugong.refreshToken';
const WORKER = 'fugong.workerId';

/** Keeps the tokens in localStorage, so a reload or a new tab stays signed in. */
export class LocalStorageTokenStore implements TokenStore {
  constructor(private readonly storage: Storage = window.localStorage) {}

  get accessToken(): string | null {
    return this.storage.getItem(ACCESS);
  }

  get refreshToken(): string | null {
    return this.storage.getItem(REFRESH);
  }

  save(tokens: KeptTokens): void {
    this.storage.setItem(ACCESS, tokens.accessToken);
    this.storage.setItem(REFRESH, tokens.refreshToken);
    if (tokens.workerId) this.storage.setItem(WORKER, tokens.workerId);
  }

  clear(): void {
    this.storage.removeItem(ACCESS);
    this.storage.removeItem(REFRESH);
    this.storage.removeItem(WORKER);
  }
}

/** Keeps the tokens in memory only; for tests. */
export class MemoryTokenStore implements TokenStore {
  accessToken: string | null = null;
  refreshToken: string | null = null;

  constructor(tokens?: KeptTokens) {
    if (tokens) this.save(tokens);
  }

  save(tokens: KeptTokens): void {
    this.accessToken = tokens.accessToken;
    this.refreshToken = tokens.refreshToken;
  }

  clear(): void {
    this.accessToken = null;
    this.refreshToken = null;
  }
}
