import { isApiError } from '../api/problem';
import { t } from '../i18n/i18n';

/** What to tell the worker about a failed call: the server's `detail` when it gave one. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    if (error.timedOut) return t('error.timeout');
    if (error.isNetworkError) return t('error.network');
    if (error.unexpectedAnswer) return t('error.unexpectedAnswer');
    if (error.problem.detail) return error.problem.detail;
    if (error.status === 404) return t('error.notFound');
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 429) return t('error.tooMany');
    if (error.status >= 500) return t('error.server');
    if (error.problem.title) return error.problem.title;
  }
  return t('error.unexpected');
}
