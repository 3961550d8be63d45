/**
 * After a failed "Avanti", moves focus to the first field marked invalid inside `root`,
 * once React has painted the messages.
 * @example focusFirstInvalid('.ascolto');
 */
export function focusFirstInvalid(rootSelector: string): void {
  window.requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>(
      `${rootSelector} [aria-invalid="true"], ${rootSelector} .field-invalid input, ${rootSelector} .field-invalid textarea`,
    );
    el?.focus();
  });
}
