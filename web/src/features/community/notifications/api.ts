import { api } from '../../../lib/api-client';

export type TNotification = { id: string; kind: string; createdAt: string; isRead: boolean; thread: { slug: string; title: string } | null; detail: Record<string, unknown> | null };
export type TInbox = { items: TNotification[]; nextCursor: string | null; unreadCount: number };
export type TEmailMode = 'each' | 'daily' | 'off';
export type TOffer = { id: string; state: string; thread: { slug: string; title: string; area: string }; waitingHours: number; isAreaMatch: boolean; isMine: boolean; takenUntil: string | null };
export type TQueueItem = {
  thread: { slug: string; title: string; area: string };
  createdAt: string;
  waitingHours: number;
  offer: { id: string; state: string; takenByName: string | null; takenUntil: string | null; escalatedAt: string | null } | null;
};

export const unreadCountPath = '/api/community/notifications/unread-count';
export const inboxPath = (cursor?: string | null) => `/api/community/notifications${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`;
export const mailSettingsPath = '/api/community/mail-settings';
export const offersPath = '/api/community/offers';
export const queuePath = (sportelloId: string) => `/api/sportelli/${encodeURIComponent(sportelloId)}/community/unanswered`;
/** Where a thread is read (the thread page's own path). */
export const threadPagePath = (slug: string) => `/comunita/${encodeURIComponent(slug)}`;

export const loadInbox = (cursor?: string | null) => api.get<TInbox>(inboxPath(cursor));
export const markRead = (id: string) => api.post<{ unreadCount: number }>(`/api/community/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api.post<{ unreadCount: number }>('/api/community/notifications/read');
export const saveEmailMode = (emailMode: TEmailMode) => api.put<{ emailMode: TEmailMode }>(mailSettingsPath, { emailMode });
export const takeOffer = (id: string) => api.post<{ takenUntil: string }>(`/api/community/offers/${encodeURIComponent(id)}/take`);
