import { z } from '@hono/zod-openapi';

export const ZProblem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** The error responses every route may give, documented once. */
export const problemResponses = {
  401: { description: 'Not signed in', content: { 'application/problem+json': { schema: ZProblem } } },
  404: { description: 'Not found, or belongs to another sportello', content: { 'application/problem+json': { schema: ZProblem } } },
  422: { description: 'Invalid input; `errors` lists the fields', content: { 'application/problem+json': { schema: ZProblem } } },
  429: {
    description: 'Too many requests from this address or to this sportello; try again after `Retry-After` seconds',
    headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
    content: { 'application/problem+json': { schema: ZProblem } },
  },
} as const;

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
