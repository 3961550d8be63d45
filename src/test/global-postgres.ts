import type { TestProject } from 'vitest/node';
import { prepareTemplate } from './template.js';

/** The same integration suite, on the PostgreSQL server at TEST_DATABASE_URL. */
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is required for the postgres project');
  await prepareTemplate(adminUrl);
  project.provide('adminUrl', adminUrl);
  project.provide('dbKind', 'postgres');
}
