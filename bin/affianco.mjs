#!/usr/bin/env node
// The package's command: runs the TypeScript CLI through tsx's loader so no build step is needed.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

register();
const here = path.dirname(fileURLToPath(import.meta.url));
await import(pathToFileURL(path.join(here, '..', 'src', 'cli', 'main.ts')).href);
