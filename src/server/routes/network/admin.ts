import { authorize } from '../../../policy/index.js';
import { listMail } from '../../../services/mail/list-mail.js';
import { countMembers, createSportello, listSportelli } from '../../../services/network/sportelli.js';
import { json, jsonBody, problemResponses } from '../../openapi-helpers.js';
import { presentDates } from '../../presenters.js';
import { createRouter, defineRoute } from '../../route.js';
import { ZAdminSportelloList, ZCreateSportello, ZMailList, ZSportello } from './schema.js';

const tags = ['network admin'];
const theNetwork = { type: 'network' as const };

const listRoute = defineRoute({
  method: 'get',
  path: '/admin/sportelli',
  tags,
  summary: 'All sportelli with member counts',
  permission: 'network.manage_sportelli',
  responses: { 200: json(ZAdminSportelloList), 401: problemResponses[401], 404: problemResponses[404] },
});

const createRoute = defineRoute({
  method: 'post',
  path: '/admin/sportelli',
  tags,
  summary: 'Open a new sportello',
  permission: 'network.manage_sportelli',
  request: jsonBody(ZCreateSportello),
  responses: { 201: json(ZSportello, 'Created'), 401: problemResponses[401], 404: problemResponses[404], 422: problemResponses[422] },
});

const mailRoute = defineRoute({
  method: 'get',
  path: '/admin/mail',
  tags,
  summary: 'Mail sent or waiting in the outbox',
  permission: 'network.read_mail',
  responses: { 200: json(ZMailList), 401: problemResponses[401], 404: problemResponses[404] },
});

export function adminRoutes() {
  return createRouter()
    .openapi(listRoute, async (c) => {
      authorize(c.get('actor'), 'network.manage_sportelli', theNetwork);
      const { db } = c.get('deps');
      const [items, counts] = await Promise.all([listSportelli(db), countMembers(db)]);
      return c.json({ items: items.map((s) => ({ ...s, memberCount: counts.get(s.id) ?? 0 })) }, 200);
    })
    .openapi(createRoute, async (c) => {
      authorize(c.get('actor'), 'network.manage_sportelli', theNetwork);
      return c.json(await createSportello(c.get('deps').db, c.req.valid('json')), 201);
    })
    .openapi(mailRoute, async (c) => {
      authorize(c.get('actor'), 'network.read_mail', theNetwork);
      const items = await listMail(c.get('deps').db);
      return c.json({ items: items.map(presentDates) }, 200);
    });
}
