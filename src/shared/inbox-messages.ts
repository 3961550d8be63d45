/** The inbox's error codes, spread into ERROR_MESSAGES (coordinators: plain professional Italian). */
export const INBOX_ERROR_MESSAGES = {
  /** The action needs an open request (not concluded, archived or merged). */
  'inbox.request_closed': { it: 'La richiesta è chiusa. Riaprila prima di lavorarci.', en: 'The request is closed. Reopen it first.' },
  /** Reopening a request that is not closed. */
  'inbox.request_open': { it: 'La richiesta è già aperta.', en: 'The request is already open.' },
  /** The request already became a business. */
  'inbox.already_business': { it: 'Da questa richiesta è già nata un’impresa.', en: 'This request already became a business.' },
  /** Assigning an angel needs the business first. */
  'inbox.no_business': { it: 'Prima crea l’impresa da questa richiesta, poi assegna un angel.', en: 'Turn the request into a business first, then assign an angel.' },
  /** Passing a request to the sportello that already has it. */
  'inbox.same_sportello': { it: 'La richiesta è già di questo sportello.', en: 'The request already belongs to this sportello.' },
  /** A request that became a business stays with its sportello (the business and its angel follow it there). */
  'inbox.transfer_has_business': { it: 'Da questa richiesta è già nata un’impresa: non si può passare a un altro sportello.', en: 'This request already became a business: it cannot be passed to another sportello.' },
  /** Merging a request with itself. */
  'inbox.merge_self': { it: 'Scegli un’altra richiesta da unire.', en: 'Choose another request to merge.' },
} as const;
