import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TProps = { children: ReactNode };
type TState = { hasError: boolean };

function PageError() {
  const { t } = useTranslation();
  return (
    <section className="page narrow" aria-labelledby="page-error-title">
      <h1 id="page-error-title">{t('pageError.title')}</h1>
      <p>{t('pageError.body')}</p>
      <p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('pageError.reload')}
        </button>
      </p>
    </section>
  );
}

/**
 * Catches a page that fails to load or render (for example a chunk gone after an update)
 * and offers a reload instead of a blank screen. Give it `key={pathname}` to reset on navigation.
 */
export class PageErrorBoundary extends Component<TProps, TState> {
  override state: TState = { hasError: false };

  static getDerivedStateFromError(): TState {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed', error, info.componentStack);
  }

  override render() {
    return this.state.hasError ? <PageError /> : this.props.children;
  }
}
