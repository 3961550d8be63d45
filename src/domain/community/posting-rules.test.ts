import { describe, expect, it } from 'vitest';
import { contentHash } from './post-content.js';
import { checkPost, type TPostingContext } from './posting-rules.js';
import { trustLevelOf } from './trust.js';

const now = new Date('2026-05-04T10:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);
const base = (over: Partial<TPostingContext> = {}): TPostingContext => {
  const markdown = over.markdown ?? 'Una domanda semplice';
  return { now, level: 'new', markdown, hash: contentHash(markdown), recentPosts: [], totalPosts: 0, silencedUntil: null, thread: null, isModerator: false, ...over };
};

describe('trust levels', () => {
  it('are new, known after one solved reply, trusted for helpers or three solved', () => {
    expect(trustLevelOf({ isHelper: false, solvedReplies: 0 })).toBe('new');
    expect(trustLevelOf({ isHelper: false, solvedReplies: 1 })).toBe('known');
    expect(trustLevelOf({ isHelper: false, solvedReplies: 3 })).toBe('trusted');
    expect(trustLevelOf({ isHelper: true, solvedReplies: 0 })).toBe('trusted');
  });
});

describe('checkPost', () => {
  it('lets a first post through', () => {
    expect(checkPost(base())).toBeNull();
  });
  it('refuses a post over 20,000 characters and an empty one', () => {
    expect(checkPost(base({ markdown: 'a'.repeat(20_001) }))?.code).toBe('community.post_too_long');
    expect(checkPost(base({ markdown: ' ' }))?.code).toBe('community.post_too_short');
  });
  it('allows a new account 2 links and 1 image, a helper more', () => {
    const three = 'https://a.it https://b.it https://c.it';
    expect(checkPost(base({ markdown: 'https://a.it https://b.it' }))).toBeNull();
    expect(checkPost(base({ markdown: three }))).toMatchObject({ code: 'community.too_many_links', max: 2 });
    expect(checkPost(base({ markdown: three, level: 'trusted' }))).toBeNull();
    expect(checkPost(base({ markdown: '![a](/x) ![b](/y)' }))?.code).toBe('community.too_many_images');
  });
  it('refuses the same text twice within five minutes', () => {
    const md = 'Come faccio?';
    expect(checkPost(base({ markdown: md, recentPosts: [{ contentHash: contentHash(md), createdAt: ago(200), threadId: 't' }], totalPosts: 3 }))?.code).toBe('community.duplicate_post');
  });
  it('makes a new account wait 2 minutes after its first post, then 15 seconds', () => {
    expect(checkPost(base({ recentPosts: [{ contentHash: 'x', createdAt: ago(60), threadId: 't' }], totalPosts: 1 }))).toMatchObject({ code: 'community.too_fast', waitSeconds: 60 });
    expect(checkPost(base({ recentPosts: [{ contentHash: 'x', createdAt: ago(121), threadId: 't' }], totalPosts: 1 }))).toBeNull();
    expect(checkPost(base({ recentPosts: [{ contentHash: 'x', createdAt: ago(10), threadId: 't' }], totalPosts: 5 }))).toMatchObject({ code: 'community.too_fast', waitSeconds: 5 });
    expect(checkPost(base({ recentPosts: [{ contentHash: 'x', createdAt: ago(20), threadId: 't' }], totalPosts: 5 }))).toBeNull();
  });
  it('stops a new account at 10 posts a day', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ contentHash: `h${i}`, createdAt: ago(3600 + i * 60), threadId: 't' }));
    expect(checkPost(base({ recentPosts: ten, totalPosts: 30 }))).toMatchObject({ code: 'community.daily_limit', max: 10 });
    expect(checkPost(base({ recentPosts: ten, totalPosts: 30, level: 'known' }))).toBeNull();
  });
  it('refuses a locked thread and a silenced person, except a moderator in a locked thread', () => {
    const thread = { id: 't', isLocked: true, slowModeSeconds: null };
    expect(checkPost(base({ thread }))?.code).toBe('community.thread_locked');
    expect(checkPost(base({ thread, isModerator: true }))).toBeNull();
    expect(checkPost(base({ silencedUntil: new Date(now.getTime() + 3600_000) }))?.code).toBe('community.silenced');
    expect(checkPost(base({ silencedUntil: ago(1) }))).toBeNull();
  });
  it('keeps the slow mode of a thread', () => {
    const thread = { id: 't', isLocked: false, slowModeSeconds: 600 };
    const recentPosts = [{ contentHash: 'x', createdAt: ago(300), threadId: 't' }];
    expect(checkPost(base({ thread, recentPosts, totalPosts: 4, level: 'trusted' }))).toMatchObject({ code: 'community.slow_mode', waitSeconds: 300 });
    expect(checkPost(base({ thread: { ...thread, id: 'other' }, recentPosts, totalPosts: 4, level: 'trusted' }))).toBeNull();
  });
});
