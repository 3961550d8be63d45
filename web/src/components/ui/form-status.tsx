type TProps = { kind?: 'info' | 'success' | 'error'; message?: string | null; id?: string };

/**
 * A live region for form-level messages. It is always in the page so screen readers
 * announce a message when it appears.
 * @example <FormStatus kind="error" message={formError} />
 */
export function FormStatus({ kind = 'info', message, id }: TProps) {
  return (
    <div id={id} role="status" aria-live="polite" aria-atomic="true" className="form-status-region">
      {message ? <p className={`notice notice-${kind}`}>{message}</p> : null}
    </div>
  );
}
