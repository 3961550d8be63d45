import { z } from '@hono/zod-openapi';
import { AREAS } from '../../../shared/areas.js';
import { ZRequestWarning } from '../intake/schema.js';

export { ZRequestWarning };

const ZArea = z.enum(AREAS);

/** Addresses under /attenzione that are pages of their own, never a warning. */
export const RESERVED_TRAP_SLUGS = ['gestisci', 'scrivi', 'modifica', 'manage'] as const;

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;
const line = (max: number) => z.string().trim().min(3).max(max);

export const ZTrapSlugParam = z.object({ slug: z.string().min(1).max(80).openapi({ param: { name: 'slug', in: 'path' } }) });

export const ZTrapListQuery = z.object({
  lesson: z.string().max(120).optional().openapi({ param: { name: 'lesson', in: 'query' }, description: 'Only the warnings that link this lesson (slug)' }),
  planAreas: z
    .string()
    .max(300)
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const list = v.split(',').filter(Boolean);
      if (!list.every((a) => (AREAS as readonly string[]).includes(a))) {
        ctx.addIssue({ code: 'custom', message: 'area' });
        return z.NEVER;
      }
      return list as (typeof AREAS)[number][];
    })
    .openapi({ param: { name: 'planAreas', in: 'query' }, description: 'Only the warnings linked to one of these areas of a plan (comma separated)' }),
});

/** A warning as written: every list is what the page shows one point a line. */
export const ZTrapInput = z
  .object({
    slug: z
      .string()
      .trim()
      .min(3)
      .max(80)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .refine((s) => !(RESERVED_TRAP_SLUGS as readonly string[]).includes(s), { message: 'reserved' }),
    title: z.string().trim().min(5).max(140),
    summary: z.string().trim().min(20).max(800),
    recognise: z.array(line(300)).min(1).max(10),
    askBefore: z.array(line(300)).min(1).max(10),
    ifSigned: z.array(line(300)).min(1).max(10),
    cues: z.array(z.string().trim().min(2).max(60)).min(1).max(30),
    areas: z.array(ZArea).min(1).max(AREAS.length).refine(unique, { message: 'duplicate' }),
    links: z
      .object({
        lessons: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120)).max(10).default([]),
        solutions: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120)).max(10).default([]),
        planAreas: z.array(ZArea).max(AREAS.length).default([]),
      })
      .strict()
      .default({ lessons: [], solutions: [], planAreas: [] }),
  })
  .strict()
  .openapi('TrapInput');

export const ZTrapCreate = ZTrapInput.extend({
  /** Null: a national warning. */
  sportelloId: z.uuid().nullable(),
  /** A coordinator (or the admin, nationally) may publish at once; for anyone else it stays a proposal. */
  publish: z.boolean().default(false),
})
  .strict()
  .openapi('TrapCreate');

export const ZTrap = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    recognise: z.array(z.string()),
    askBefore: z.array(z.string()),
    ifSigned: z.array(z.string()),
    cues: z.array(z.string()),
    areas: z.array(ZArea),
    status: z.enum(['proposed', 'published']),
    sportello: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    lessons: z.array(z.object({ slug: z.string(), title: z.string() })),
    solutions: z.array(z.string()),
    planAreas: z.array(ZArea),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
    canEdit: z.boolean(),
    canPublish: z.boolean(),
  })
  .openapi('Trap');

export const ZTrapList = z.object({ items: z.array(ZTrap) }).openapi('TrapList');
export const ZRequestWarnings = z.object({ requestId: z.uuid(), items: z.array(ZRequestWarning) }).openapi('RequestWarnings');
export const ZPlanWarnings = z.object({ spoken: z.array(ZRequestWarning), areas: z.array(ZArea), items: z.array(ZTrap) }).openapi('PlanWarnings');
